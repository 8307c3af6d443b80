package com.careflow.portal.search;

import static com.careflow.portal.search.SearchFixtures.facets;
import static com.careflow.portal.search.SearchFixtures.page;
import static com.careflow.portal.search.SearchFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.portal.PortalWebMvcTest;
import com.careflow.search.FacetCount;
import com.careflow.search.SearchType;
import com.careflow.search.SearchUnavailableException;
import com.careflow.search.Suggestion;

/** The search API: JSON results and suggestions for anyone, problem documents for bad input and outages. */
@PortalWebMvcTest
class SearchApiControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RecordingSearch search;

    @BeforeEach
    void reset() {
        search.reset();
    }

    @Test
    void resultsAsJsonWithLinksFacetsAndTypeTotals() throws Exception {
        search.answer(query -> page(query, 1, List.of(service("escort-beijing-halfday", "半日陪诊（北京）",
                        "半日<mark>陪诊</mark>（北京）", "全程<mark>陪诊</mark>", "COMPANION_ESCORT", "北京", "199.00")),
                facets(Map.entry("price", List.of(new FacetCount("100-200", 1, true)))), null));

        mvc.perform(get("/api/search").param("q", "陪诊").param("price", "100-200").param("sort", "price_desc")
                        .with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.q").value("陪诊"))
                .andExpect(jsonPath("$.type").value("services"))
                .andExpect(jsonPath("$.sort").value("price_desc"))
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.pages").value(1))
                .andExpect(jsonPath("$.hits[0].id").value("escort-beijing-halfday"))
                .andExpect(jsonPath("$.hits[0].type").value("services"))
                .andExpect(jsonPath("$.hits[0].url").value("/catalog/escort-beijing-halfday"))
                .andExpect(jsonPath("$.hits[0].titleHtml").value("半日<mark>陪诊</mark>（北京）"))
                .andExpect(jsonPath("$.hits[0].price").value(199.00))
                .andExpect(jsonPath("$.facets.price[0].value").value("100-200"))
                .andExpect(jsonPath("$.facets.price[0].selected").value(true))
                .andExpect(jsonPath("$.totalsByType.services").value(2))
                .andExpect(jsonPath("$.totalsByType.content").value(5));
        assertThat(search.queries().getFirst().minPrice()).isEqualByComparingTo(new BigDecimal("100"));
        assertThat(search.queries().getFirst().maxPrice()).isEqualByComparingTo(new BigDecimal("200"));
    }

    @Test
    void badParametersAreAProblemWithFieldErrorsAndNothingIsSearched() throws Exception {
        mvc.perform(get("/api/search").param("q", "x".repeat(101)).param("size", "0").param("level", "GOLD")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.instance").value("/api/search"))
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[?(@.field == 'q')].message")
                        .value(hasItem("The search text can be at most 100 characters.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'size')].message").value(hasItem("At least 1 result per page.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'level')].message")
                        .value(hasItem("There is no certification level “GOLD”.")));
        mvc.perform(get("/api/search").param("type", "providers").param("rating", "NaN"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("rating"))
                .andExpect(jsonPath("$.errors[0].message").value("评分需在 0–5 之间。"));
        assertThat(search.queries()).isEmpty();
    }

    @Test
    void anOutageIsA503Problem() throws Exception {
        search.failWith(new SearchUnavailableException("Connection refused", null));
        mvc.perform(get("/api/search").param("q", "陪诊"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Search unavailable"))
                .andExpect(jsonPath("$.detail").value("搜索服务暂时不可用，请稍后再试。"));
        mvc.perform(get("/api/search/suggest").param("q", "陪"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.instance").value("/api/search/suggest"));
    }

    @Test
    void suggestionsLeadToASearchOfTheirType() throws Exception {
        search.suggestions(List.of(new Suggestion(SearchType.SERVICES, "escort-beijing-halfday", "半日陪诊（北京）"),
                new Suggestion(SearchType.CONTENT, "CNT20250101000001", "陪诊经验分享")));

        mvc.perform(get("/api/search/suggest").param("q", "陪诊").param("max", "5").with(anonymous()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(2)))
                .andExpect(jsonPath("$[0].text").value("半日陪诊（北京）"))
                .andExpect(jsonPath("$[0].type").value("services"))
                .andExpect(jsonPath("$[0].url").value(
                        "/search?q=%E5%8D%8A%E6%97%A5%E9%99%AA%E8%AF%8A%EF%BC%88%E5%8C%97%E4%BA%AC%EF%BC%89&type=services"))
                .andExpect(jsonPath("$[1].type").value("content"));
        assertThat(search.suggestCalls()).containsExactly(new RecordingSearch.SuggestCall("陪诊", 5));
    }

    @Test
    void blankTextSuggestsNothingAndBadLimitsAreProblems() throws Exception {
        mvc.perform(get("/api/search/suggest").param("q", "  "))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(0)));
        mvc.perform(get("/api/search/suggest").param("q", "陪").param("max", "11"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("max"))
                .andExpect(jsonPath("$.errors[0].message").value("建议条数最多为 10。"));
        mvc.perform(get("/api/search/suggest").param("q", "陪".repeat(101)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"));
        assertThat(search.suggestCalls()).isEmpty();
    }
}
