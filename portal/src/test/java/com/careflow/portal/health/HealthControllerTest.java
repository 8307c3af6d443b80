package com.careflow.portal.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.careflow.domain.health.HealthProfiles;
import com.careflow.domain.health.ReadingDays;
import com.careflow.domain.health.RiskBand;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** The customer's own health pages: a reading and its band, refusals that change nothing, trends, import. */
@PortalWebMvcTest
class HealthControllerTest {

    static final String CUSTOMER = "health-customer-1";

    @Autowired
    MockMvc mvc;
    @Autowired
    ReadingDays days;
    @Autowired
    HealthProfiles profiles;
    @Autowired
    Clock clock;

    @BeforeEach
    void empty() {
        days.deleteAll();
        profiles.deleteAll();
    }

    @Test
    void aRecordedReadingShowsItsRiskLevelAndAdvice() throws Exception {
        MvcResult saved = mvc.perform(post("/health/readings").with(csrf()).with(customer())
                        .param("type", "BLOOD_PRESSURE").param("takenAt", minutesAgo(10))
                        .param("systolic", "146").param("diastolic", "92").param("pulse", "75"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo("/health");
        ReadingRow recorded = (ReadingRow) saved.getFlashMap().get("recorded");
        assertThat(recorded.band()).isEqualTo(RiskBand.BP_STAGE_2);
        assertThat(savedReadings()).isEqualTo(1);

        String page = page("/health");
        assertThat(page).contains("146/92 mmHg · 75 bpm", "高血压 2 级", "请尽快（1 个月内）就诊");
    }

    @Test
    void anImpossibleReadingIsRefusedWithFieldErrorsAndNothingIsSaved() throws Exception {
        String page = mvc.perform(post("/health/readings").with(csrf()).with(customer())
                        .param("type", "BLOOD_PRESSURE")
                        .param("takenAt", minutesAgo(-120))
                        .param("systolic", "80").param("diastolic", "95"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"systolic-error\"", "收缩压必须高于舒张压", "id=\"takenAt-error\"",
                "测量时间不能晚于现在", "id=\"form-error-summary\"");

        String english = mvc.perform(post("/health/readings?lang=en").with(csrf()).with(customer())
                        .param("type", "HEART_RATE").param("takenAt", minutesAgo(5)).param("heartRate", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("id=\"heartRate-error\"", "Enter a whole number.");
        assertThat(savedReadings()).isZero();
    }

    @Test
    void theThirtyDayTrendHasItsFiguresDirectionAndAChartWithTheBands() throws Exception {
        for (int day = 0; day < 10; day++) {
            mvc.perform(post("/health/readings").with(csrf()).with(customer()).param("type", "BLOOD_PRESSURE")
                    .param("takenAt", LocalDateTime.now(clock).minusDays(27 - 3L * day).truncatedTo(ChronoUnit.MINUTES)
                            .toString())
                    .param("systolic", String.valueOf(118 + 2 * day)).param("diastolic", "78"))
                    .andExpect(status().is3xxRedirection());
        }
        String page = page("/health?days=30");
        assertThat(page).contains("id=\"trend-blood-pressure\"", "data-direction=\"RISING\"", "data-count=\"10\"",
                "id=\"chart-blood-pressure\"", "data-health-chart", "/vendor/chart.js/chart.js",
                "/vendor/chart.js/chartjs-plugin-annotation.js", "/js/health-charts.js",
                "&quot;band&quot;:&quot;BP_CRISIS&quot;",
                "上升");
        assertThat(page("/health?days=7")).contains("data-count=\"3\"", "aria-current=\"page\"", "近 7 天");
    }

    @Test
    void anImportWithABadRowIsRefusedWholeWithItsLine() throws Exception {
        String csv = "type,takenAt,systolic,diastolic\n"
                + "BLOOD_PRESSURE," + minutesAgo(60) + ",128,82\n"
                + "BLOOD_PRESSURE," + minutesAgo(30) + ",80,90\n";
        String page = mvc.perform(multipart("/health/import").file(file("export.csv", csv)).with(csrf())
                        .with(customer()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"import-refused\"", "data-line=\"3\"", "第 3 行，systolic：收缩压必须高于舒张压");
        assertThat(savedReadings()).isZero();

        String json = "[{\"type\":\"HEART_RATE\",\"takenAt\":\"" + minutesAgo(20) + "\",\"heartRate\":66},\n"
                + " {\"type\":\"WEIGHT\",\"takenAt\":\"" + minutesAgo(10) + "\",\"weightKg\":70.2}]";
        MvcResult imported = mvc.perform(multipart("/health/import").file(file("export.json", json)).with(csrf())
                .with(customer())).andExpect(status().is3xxRedirection()).andReturn();
        assertThat(imported.getFlashMap().get("imported")).isEqualTo(2);
        assertThat(savedReadings()).isEqualTo(2);
    }

    @Test
    void aCustomerDeletesAWrongReadingAfterConfirmingButNotSomeoneElses() throws Exception {
        mvc.perform(post("/health/readings").with(csrf()).with(customer()).param("type", "HEART_RATE")
                .param("takenAt", minutesAgo(5)).param("heartRate", "210")).andExpect(status().is3xxRedirection());
        String id = days.findAll().get(0).readings().get(0).id();
        assertThat(page("/health")).contains("id=\"delete-confirm-" + id + "\"", "确定删除这条读数？");

        mvc.perform(post("/health/readings/" + id + "/delete").with(csrf()).with(TestUsers.user("someone-else",
                "customer"))).andExpect(status().isNotFound());
        assertThat(savedReadings()).isEqualTo(1);

        MvcResult deleted = mvc.perform(post("/health/readings/" + id + "/delete").with(csrf()).with(customer()))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(deleted.getFlashMap().get("readingDeleted")).isEqualTo(true);
        assertThat(savedReadings()).isZero();
        mvc.perform(post("/health/readings/" + id + "/delete").with(csrf()).with(customer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theProfileGivesTheBmiWithItsChineseBand() throws Exception {
        mvc.perform(post("/health/profile").with(csrf()).with(customer()).param("bloodType", "A_POSITIVE")
                .param("heightCm", "170").param("weightKg", "75").param("allergies", "青霉素")
                .param("emergencyContactName", "王强").param("emergencyContactPhone", "13900139000"))
                .andExpect(status().is3xxRedirection());
        assertThat(page("/health")).contains("A+", "26.0", "data-band=\"BMI_OVERWEIGHT\"", "超重", "青霉素");

        String refused = mvc.perform(post("/health/profile").with(csrf()).with(customer()).param("heightCm", "17")
                .param("emergencyContactPhone", "12345")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(refused).contains("身高应在 50 到 250 厘米之间。", "请输入 11 位手机号或带区号的固定电话。");
        assertThat(profiles.findById(CUSTOMER).orElseThrow().heightCm()).isEqualByComparingTo("170");
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(customer())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String minutesAgo(int minutes) {
        return LocalDateTime.now(clock).minusMinutes(minutes).truncatedTo(ChronoUnit.MINUTES).toString();
    }

    private static MockMultipartFile file(String name, String content) {
        return new MockMultipartFile("file", name, "text/plain", content.getBytes(StandardCharsets.UTF_8));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor customer() {
        return TestUsers.user(CUSTOMER, "customer");
    }

    private long savedReadings() {
        return days.findAll().stream().mapToLong(day -> day.readings().size()).sum();
    }
}
