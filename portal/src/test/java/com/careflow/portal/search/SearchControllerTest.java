package com.careflow.portal.search;

import static com.careflow.portal.search.SearchFixtures.content;
import static com.careflow.portal.search.SearchFixtures.facets;
import static com.careflow.portal.search.SearchFixtures.page;
import static com.careflow.portal.search.SearchFixtures.provider;
import static com.careflow.portal.search.SearchFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.search.FacetCount;
import com.careflow.search.SearchQuery;
import com.careflow.search.SearchSort;
import com.careflow.search.SearchType;
import com.careflow.search.SearchUnavailableException;

/**
 * The public search page over a recorded Search: what it asks, how it shows hits, facets and tabs, and how it treats
 * bad input (field errors, no search) and an Elasticsearch outage (503 with a message).
 */
@PortalWebMvcTest
class SearchControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RecordingSearch search;

    @BeforeEach
    void reset() {
        search.reset();
    }

    @Test
    void anAnonymousVisitorSearchesServicesWithFacetsAndTabs() throws Exception {
        search.answer(query -> page(query, 2, List.of(
                        service("escort-beijing-halfday", "半日陪诊（北京）", "半日<mark>陪诊</mark>（北京）",
                                "专业<mark>陪诊</mark>师全程陪同", "COMPANION_ESCORT", "北京", "199.00"),
                        service("escort-shanghai-fullday", "全日陪诊（上海）", "全日<mark>陪诊</mark>（上海）",
                                "挂号、取药", "COMPANION_ESCORT", "上海", "359.00")),
                facets(Map.entry("category", List.of(new FacetCount("COMPANION_ESCORT", 2, true),
                                new FacetCount("HOME_CARE", 1, false))),
                        Map.entry("city", List.of(new FacetCount("北京", 1, false), new FacetCount("上海", 1, false))),
                        Map.entry("price", List.of(new FacetCount("100-200", 1, false),
                                new FacetCount("300-500", 1, false)))),
                null));

        String html = mvc.perform(get("/search").param("q", " 陪诊 ").param("category", "COMPANION_ESCORT")
                        .with(anonymous()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(search.queries()).containsExactly(new SearchQuery("陪诊", SearchType.SERVICES,
                Set.of("COMPANION_ESCORT"), Set.of(), null, null, null, Set.of(), Set.of(), SearchSort.RELEVANCE, 1,
                SearchQuery.DEFAULT_PAGE_SIZE));
        assertThat(html).contains("id=\"search-total\" data-total=\"2\"", "共 2 条结果",
                        "data-id=\"escort-beijing-halfday\"", "data-id=\"escort-shanghai-fullday\"",
                        "href=\"/catalog/escort-beijing-halfday\"", "半日<mark>陪诊</mark>（北京）", "¥199.00",
                        "id=\"tab-providers\"", "id=\"facet-category\"", "id=\"facet-price\"", "¥100–200")
                .containsPattern("class=\"search-hit card\"[^>]*data-id=\"escort-beijing-halfday\"")
                .containsPattern("(?s)id=\"tab-content\".*?class=\"tab-count\">5<");
        assertThat(count(html, "class=\"search-hit card\"")).isEqualTo(2);
        assertThat(facetTag(html, "COMPANION_ESCORT")).contains("class=\"facet-value selected\"",
                "data-selected=\"true\"", "aria-current=\"true\"");
        assertThat(html).containsPattern("(?s)data-value=\"COMPANION_ESCORT\".*?class=\"facet-count\">2<");
    }

    @Test
    void theEnglishCountIsSingularForOneResult() throws Exception {
        search.answer(query -> page(query, 1, List.of(service("escort-beijing-halfday", "半日陪诊（北京）",
                "半日陪诊（北京）", "专业陪诊师全程陪同", "COMPANION_ESCORT", "北京", "199.00")), Map.of(), null));
        assertThat(html(get("/search").param("q", "escort").param("lang", "en")))
                .contains("id=\"search-total\" data-total=\"1\">1 result<");
        search.answer(query -> page(query, 2, List.of(), Map.of(), null));
        assertThat(html(get("/search").param("q", "escort").param("lang", "en")))
                .contains("data-total=\"2\">2 results<");
        assertThat(html(get("/search").param("q", "escort"))).contains("共 2 条结果");
    }

    @Test
    void facetLinksSwitchOneValueOnOrOffAndKeepTheRest() throws Exception {
        search.answer(query -> page(query, 3, List.of(), facets(Map.entry("category", List.of(
                new FacetCount("COMPANION_ESCORT", 2, query.categories().contains("COMPANION_ESCORT")),
                new FacetCount("HOME_CARE", 1, query.categories().contains("HOME_CARE")))),
                Map.entry("price", List.of(new FacetCount("100-200", 1, false), new FacetCount("500-", 1, false)))),
                null));
        String html = html(get("/search").param("q", "护理").param("category", "COMPANION_ESCORT")
                .param("sort", "price_asc").param("page", "2"));

        // on: adds HOME_CARE to the selected category, back to page 1, keeps text and order
        search.reset();
        search.answer(query -> page(query, 0, List.of(), Map.of(), null));
        mvc.perform(get(URI.create(href(facetTag(html, "HOME_CARE"))))).andExpect(status().isOk());
        SearchQuery on = search.queries().getFirst();
        assertThat(on.text()).isEqualTo("护理");
        assertThat(on.categories()).containsExactlyInAnyOrder("COMPANION_ESCORT", "HOME_CARE");
        assertThat(on.sort()).isEqualTo(SearchSort.PRICE_ASC);
        assertThat(on.page()).isEqualTo(1);

        // off: the selected value's link drops it
        mvc.perform(get(URI.create(href(facetTag(html, "COMPANION_ESCORT"))))).andExpect(status().isOk());
        assertThat(search.queries().get(1).categories()).isEmpty();

        // an open-ended price range
        mvc.perform(get(URI.create(href(facetTag(html, "500-"))))).andExpect(status().isOk());
        assertThat(search.queries().get(2).minPrice()).isEqualByComparingTo(new BigDecimal("500"));
        assertThat(search.queries().get(2).maxPrice()).isNull();
    }

    @Test
    void highlightsAreRenderedOnceEscapedAndAScriptInATitleStaysText() throws Exception {
        search.answer(query -> page(query, 2, List.of(
                content("CNT20250101000001", "<script>alert(1)</script> 睡眠",
                        "&lt;script&gt;alert(1)&lt;/script&gt; <mark>睡眠</mark>",
                        "改善<mark>睡眠</mark> &amp; 作息", "ARTICLE", "王芳", Instant.parse("2025-01-02T02:00:00Z")),
                // a highlight that was NOT escaped upstream must not become markup either
                content("CNT20250101000002", "坏的高亮", "<mark>睡眠</mark><img src=x onerror=alert(2)>",
                        null, "POST", "李雷", null)), Map.of(), null));

        String html = html(get("/search").param("q", "睡眠").param("type", "content"));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt; <mark>睡眠</mark>",
                        "改善<mark>睡眠</mark> &amp; 作息", "href=\"/community/CNT20250101000001\"", "知识文章", "王芳",
                        "2025-01-02", "<mark>睡眠</mark>&lt;img src=x onerror=alert(2)&gt;")
                .doesNotContain("<script>alert(1)", "&amp;lt;", "&amp;amp;", "<img src=x");
    }

    @Test
    void providersShowTheirFactsWithoutALink() throws Exception {
        search.answer(query -> page(query, 1, List.of(provider("provider-7", "张护士", "上海",
                List.of("HOME_CARE"), List.of("PREMIUM"), 4.8)), Map.of(), null));

        String html = html(get("/search").param("q", "护士").param("type", "providers").param("rating", "4.5"));

        assertThat(search.queries().getFirst().minRating()).isEqualTo(4.5);
        assertThat(search.queries().getFirst().type()).isEqualTo(SearchType.PROVIDERS);
        assertThat(html).contains("data-id=\"provider-7\"", "张护士", "上海", "居家护理", "高级", "评分 4.8",
                        "服务者暂无公开主页")
                .containsPattern("id=\"tab-providers\"[^>]*class=\"chip active\"|class=\"chip active\"[^>]*id=\"tab-providers\"");
        assertThat(html).doesNotContain("href=\"/catalog/provider-7\"");
    }

    @Test
    void badInputIsShownAsFieldErrorsAndNothingIsSearched() throws Exception {
        String html = mvc.perform(get("/search").param("q", "陪".repeat(101)).param("page", "0")
                        .param("size", "51").param("price", "cheap").param("rating", "9").param("type", "people")
                        .param("category", "MAGIC").param("sort", "random"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode(SearchController.FORM, "q", "Size"))
                .andExpect(model().attributeHasFieldErrorCode(SearchController.FORM, "page", "Min"))
                .andExpect(model().attributeHasFieldErrorCode(SearchController.FORM, "size", "Max"))
                .andExpect(model().attributeHasFieldErrorCode(SearchController.FORM, "price", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode(SearchController.FORM, "rating", "DecimalMax"))
                .andExpect(model().attributeHasFieldErrorCode(SearchController.FORM, "type", "Pattern"))
                .andExpect(model().attributeHasFieldErrorCode(SearchController.FORM, "category", "Unknown"))
                .andExpect(model().attributeHasFieldErrorCode(SearchController.FORM, "sort", "Pattern"))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("id=\"search-errors\"", "id=\"q-error\"", "搜索词不能超过 100 个字。",
                        "id=\"price-error\"", "价格区间的格式应为", "没有“MAGIC”这个服务类别。", "评分需在 0–5 之间。",
                        "id=\"sort-error\"")
                .doesNotContain("id=\"search-results\"", "id=\"search-total\"");

        mvc.perform(get("/search").param("price", "300-100"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode(SearchController.FORM, "price", "Order"));
        mvc.perform(get("/search").param("page", "two").param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(model().attributeHasFieldErrorCode(SearchController.FORM, "page", "typeMismatch"));
        assertThat(search.queries()).isEmpty();
    }

    @Test
    void whenElasticsearchIsDownThePageSaysSoWith503() throws Exception {
        search.failWith(new SearchUnavailableException("Elasticsearch cannot be reached", null));

        String html = mvc.perform(get("/search").param("q", "陪诊"))
                .andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"search-unavailable\"", "搜索服务暂时不可用", "id=\"search-q\"", "value=\"陪诊\"")
                .doesNotContain("id=\"search-results\"");
        assertThat(search.queries()).hasSize(1);
    }

    @Test
    void nothingFoundOffersTheCorrectionFewerFiltersAndCategories() throws Exception {
        search.answer(query -> page(query, 0, List.of(), Map.of(), "nutrition"));

        String html = html(get("/search").param("q", "nutriton").param("city", "北京").param("lang", "en"));

        assertThat(html).contains("id=\"search-empty\"", "No results for “nutriton”.", "id=\"did-you-mean\"",
                "Did you mean:", ">nutrition</a>", "id=\"search-fewer-filters\"", "id=\"search-popular\"",
                "data-category=\"HOME_CARE\"", "Home care");
        String correction = href(tag(html, "<a[^>]*>nutrition</a>"));
        assertThat(correction).isEqualTo("/search?q=nutrition&type=services&city=%E5%8C%97%E4%BA%AC");
        assertThat(href(tag(html, "<a[^>]*id=\"search-fewer-filters\"[^>]*>")))
                .isEqualTo("/search?q=nutriton&type=services");
    }

    @Test
    void pagesLinkToTheirNeighbours() throws Exception {
        search.answer(query -> page(query, 45, List.of(service("s1", "体检", null, null, "HEALTH_CHECK", "北京",
                "399")), Map.of(), null));

        String html = html(get("/search").param("q", "体检").param("page", "2"));

        assertThat(search.queries().getFirst().page()).isEqualTo(2);
        assertThat(html).contains("id=\"search-paging\"", "第 2 / 5 页", "<ol class=\"search-results\" id=\"search-results\" start=\"11\"");
        assertThat(href(tag(html, "<a[^>]*id=\"search-page-prev\"[^>]*>"))).isEqualTo("/search?q=%E4%BD%93%E6%A3%80&type=services");
        assertThat(href(tag(html, "<a[^>]*id=\"search-page-next\"[^>]*>")))
                .isEqualTo("/search?q=%E4%BD%93%E6%A3%80&type=services&page=3");
    }

    @Test
    void everyPageHasTheSearchBoxWithSuggestions() throws Exception {
        String home = mvc.perform(get("/").with(TestUsers.user("customer"))).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("id=\"site-search\"", "name=\"q\"", "maxlength=\"100\"", "role=\"combobox\"",
                "aria-controls=\"site-search-suggestions\"", "data-suggest-url=\"/api/search/suggest\"",
                "/js/search-suggest.js");
        assertThat(home).doesNotContain("id=\"nav-operations-search\"");
        assertThat(mvc.perform(get("/catalog").with(TestUsers.user("admin"))).andReturn().getResponse()
                .getContentAsString()).contains("id=\"nav-operations-search\"");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private static String facetTag(String html, String value) {
        return tag(html, "<a[^>]*data-value=\"" + Pattern.quote(value) + "\"[^>]*>");
    }

    private static String tag(String html, String pattern) {
        Matcher matcher = Pattern.compile(pattern).matcher(html);
        assertThat(matcher.find()).as(pattern).isTrue();
        return matcher.group();
    }

    private static String href(String tag) {
        Matcher matcher = Pattern.compile("href=\"([^\"]*)\"").matcher(tag);
        assertThat(matcher.find()).as(tag).isTrue();
        return HtmlUtils.htmlUnescape(matcher.group(1));
    }

    private static int count(String html, String text) {
        return html.split(Pattern.quote(text), -1).length - 1;
    }
}
