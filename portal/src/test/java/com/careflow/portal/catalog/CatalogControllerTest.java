package com.careflow.portal.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.portal.PortalWebMvcTest;

/** The public catalog, on the demo catalog seeded into the in-memory Mongo. */
@PortalWebMvcTest
class CatalogControllerTest {

    @Autowired
    MockMvc mvc;

    @Test
    void listsActiveServicesGroupedByCategoryInChineseByDefault() throws Exception {
        mvc.perform(get("/catalog"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>服务目录</h1>")))
                .andExpect(content().string(containsString("id=\"group-COMPANION_ESCORT\"")))
                .andExpect(content().string(containsString("id=\"group-COURSE\"")))
                .andExpect(content().string(containsString("半日陪诊（北京）")))
                .andExpect(content().string(containsString("¥199.00")))
                .andExpect(content().string(containsString("¥59.90")))
                .andExpect(content().string(containsString("4 小时")))
                .andExpect(content().string(containsString("30 分钟")))
                .andExpect(content().string(containsString("href=\"/orders/new?service=escort-beijing-halfday\"")));
    }

    @Test
    void filtersByCategory() throws Exception {
        mvc.perform(get("/catalog").param("category", "HOME_CARE"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"service-homecare-beijing-nursing\"")))
                .andExpect(content().string(containsString("id=\"service-homecare-shanghai-elderly\"")))
                .andExpect(content().string(not(containsString("id=\"service-escort-beijing-halfday\""))));
    }

    @Test
    void unknownCategoryIsABadRequestThatStillShowsTheCatalog() throws Exception {
        mvc.perform(get("/catalog").param("category", "SPA"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("id=\"catalog-error\"")))
                .andExpect(content().string(containsString("未知的服务类别“SPA”")))
                .andExpect(content().string(containsString("id=\"service-escort-beijing-halfday\"")));
    }

    @Test
    void speaksEnglishOnRequestAndRemembersIt() throws Exception {
        mvc.perform(get("/catalog").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<h1>Services</h1>")))
                .andExpect(content().string(containsString("4 h")))
                .andExpect(cookie().value("careflow-lang", "en"));
        mvc.perform(get("/catalog").cookie(new Cookie("careflow-lang", "en")))
                .andExpect(content().string(containsString("Hospital escort")));
    }

    @Test
    void serviceDetailHasTheOrderButton() throws Exception {
        mvc.perform(get("/catalog/check-beijing-basic"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("基础体检套餐（北京）")))
                .andExpect(content().string(containsString("¥499.00")))
                .andExpect(content().string(containsString("id=\"order-button\"")))
                .andExpect(content().string(containsString("href=\"/orders/new?service=check-beijing-basic\"")));
    }

    @Test
    void unknownServiceIsNotFound() throws Exception {
        mvc.perform(get("/catalog/no-such-service")).andExpect(status().isNotFound());
    }
}
