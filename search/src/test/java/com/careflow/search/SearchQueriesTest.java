package com.careflow.search;

import static com.careflow.search.TestData.certificate;
import static com.careflow.search.TestData.english;
import static com.careflow.search.TestData.provider;
import static com.careflow.search.TestData.published;
import static com.careflow.search.TestData.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.content.Contents;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Providers;

/** Queries against real indices: Chinese and English text, facets, filters, sorts, highlighting, suggestions. */
@SearchIntegrationTest
@TestPropertySource(properties = "careflow.search.index-prefix=test-queries")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchQueriesTest {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private static final Instant NEXT_YEAR = NOW.plus(365, ChronoUnit.DAYS);

    @Autowired
    Search search;
    @Autowired
    Indexing indexing;

    @BeforeAll
    void indexTestData(@Autowired ServiceItems services, @Autowired Providers providers,
            @Autowired Contents contents) {
        services.saveAll(List.of(
                english(service("escort-bj", ServiceCategory.COMPANION_ESCORT, "半日陪诊（北京）",
                        "专业陪诊师全程陪同挂号、候诊、取药。", "199.00", "北京"),
                        "Half-day hospital escort (Beijing)", "A professional escort stays with you at the hospital."),
                english(service("escort-sh", ServiceCategory.COMPANION_ESCORT, "全日陪诊（上海）",
                        "全天陪同就医，含检查排队与报告解读协助。", "359.00", "上海"),
                        "Full-day hospital escort (Shanghai)", "A whole day of escort to the hospital and its tests."),
                service("nutrition", ServiceCategory.ONLINE_CONSULTATION, "Online Nutrition Consultation 营养咨询",
                        "Personalised diet advice from a registered dietitian.", "129.00", "线上"),
                english(service("nursing-bj", ServiceCategory.HOME_CARE, "上门护理（北京）",
                        "护士上门换药、打针、基础护理。", "268.00", "北京"),
                        "Home nursing (Beijing)", "A nurse comes to your home: dressings, injections and basic care."),
                service("check-bj", ServiceCategory.HEALTH_CHECK, "基础体检套餐（北京）", "血常规、心电图等基础检查。",
                        "499.00", "北京"),
                service("walk-sh", ServiceCategory.HOME_CARE, "陪伴散步（上海）", "陪伴老人饭后散步，诊所就在附近。", "99.00", "上海"),
                service("course", ServiceCategory.COURSE, "高血压自我管理课程",
                        "Six lessons on blood pressure, diet and medication.", "59.90", "线上"),
                TestData.inactive(service("escort-old", ServiceCategory.COMPANION_ESCORT, "陪诊旧套餐",
                        "已下架", "150.00", "北京"))));
        providers.saveAll(List.of(
                provider("p-wang", "王芳", "北京", 4.8, Set.of("escort-bj"),
                        certificate(ServiceCategory.COMPANION_ESCORT, CertificationLevel.STANDARD, NEXT_YEAR)),
                provider("p-li", "李强", "上海", 4.2, Set.of(),
                        certificate(ServiceCategory.HOME_CARE, CertificationLevel.PREMIUM, NEXT_YEAR)),
                provider("p-zhang", "张伟", "北京", 3.5, Set.of(),
                        certificate(ServiceCategory.COMPANION_ESCORT, CertificationLevel.BASIC, NEXT_YEAR),
                        certificate(ServiceCategory.HOME_CARE, CertificationLevel.PREMIUM, NOW.minusSeconds(60)))));
        contents.saveAll(List.of(
                published("CNT-guide", ContentKind.ARTICLE, "陪诊指南：第一次带父母就医",
                        "提前预约挂号，准备好病历。找陪诊师可以省去排队。", NOW.minusSeconds(300)),
                published("CNT-script", ContentKind.POST, "<script>alert('x')</script> 我的陪诊体验",
                        "陪诊师很专业 & 耐心。", NOW.minusSeconds(200)),
                published("CNT-nutrition", ContentKind.ANSWER, "Nutrition basics for seniors",
                        "Eat vegetables, drink water, and ask a dietitian.", NOW.minusSeconds(100)),
                TestData.submitted("CNT-draft", ContentKind.POST, "陪诊草稿", "还没发布", NOW)));
        indexing.awaitIndexed();
    }

    @Test
    void chineseWordFindsItsPhraseFirstAndOnlyActiveServices() {
        SearchResults results = search.search(SearchQuery.of("陪诊", SearchType.SERVICES));

        assertThat(ids(results).subList(0, 2)).containsExactlyInAnyOrder("escort-bj", "escort-sh");
        // 陪 and 诊 apart (陪伴老人 … 诊所) still match, below the phrase
        assertThat(ids(results).get(2)).isEqualTo("walk-sh");
        assertThat(results.total()).isEqualTo(3);
        assertThat(results.totalsByType()).containsEntry(SearchType.SERVICES, 3L)
                .containsEntry(SearchType.PROVIDERS, 1L) // 王芳 through her specialty's name
                .containsEntry(SearchType.CONTENT, 2L); // not the draft
    }

    @Test
    void englishNamesAndDescriptionsAreFoundAndShownInEnglish() {
        assertThat(ids(search.search(SearchQuery.of("escort", SearchType.SERVICES))))
                .containsExactlyInAnyOrder("escort-bj", "escort-sh");
        assertThat(ids(search.search(SearchQuery.of("home care", SearchType.SERVICES)))).containsExactly("nursing-bj");
        SearchResults nursing = search.search(SearchQuery.of("Nursing", SearchType.SERVICES));
        assertThat(ids(nursing)).containsExactly("nursing-bj");

        SearchHit hit = nursing.hits().get(0);
        assertThat(hit.title()).isEqualTo("Home nursing (Beijing)");
        assertThat(hit.titleHtml()).isEqualTo("Home <mark>nursing</mark> (Beijing)");
        assertThat(hit.snippetHtml()).startsWith("A nurse comes to your home");
    }

    @Test
    void chineseQueryShowsChineseTextsOfABilingualService() {
        SearchHit hit = search.search(SearchQuery.of("护理", SearchType.SERVICES)).hits().get(0);

        assertThat(hit.id()).isEqualTo("nursing-bj");
        assertThat(hit.title()).isEqualTo("上门护理（北京）");
    }

    @Test
    void englishWordIsFoundWhateverItsCase() {
        assertThat(ids(search.search(SearchQuery.of("NUTRITION", SearchType.SERVICES)))).containsExactly("nutrition");
        assertThat(ids(search.search(SearchQuery.of("dietitian", SearchType.CONTENT))))
                .containsExactly("CNT-nutrition");
    }

    @Test
    void facetCountsIgnoreTheirOwnSelectionButNarrowTheOthers() {
        SearchResults beijing = search.search(query("", SearchType.SERVICES, Set.of(), Set.of("北京"), null, null));

        assertThat(ids(beijing)).containsExactlyInAnyOrder("escort-bj", "nursing-bj", "check-bj");
        assertThat(beijing.facets().get("city")).containsExactly(
                new FacetCount("北京", 3, true), new FacetCount("上海", 2, false), new FacetCount("线上", 2, false));
        assertThat(beijing.facets().get("category")).containsExactly(
                new FacetCount("COMPANION_ESCORT", 1, false), new FacetCount("HEALTH_CHECK", 1, false),
                new FacetCount("HOME_CARE", 1, false));

        SearchResults beijingOrShanghaiCare = search.search(query("", SearchType.SERVICES, Set.of("HOME_CARE"),
                Set.of("北京", "上海"), null, null));
        assertThat(ids(beijingOrShanghaiCare)).containsExactlyInAnyOrder("nursing-bj", "walk-sh");
        assertThat(beijingOrShanghaiCare.facets().get("city")).containsExactly(
                new FacetCount("上海", 1, true), new FacetCount("北京", 1, true));
        assertThat(beijingOrShanghaiCare.facets().get("category")).contains(
                new FacetCount("COMPANION_ESCORT", 2, false), new FacetCount("HOME_CARE", 2, true));
    }

    @Test
    void priceRangeIsInclusiveBelowExclusiveAboveAndMarksItsBand() {
        SearchResults band = search.search(query("", SearchType.SERVICES, Set.of(), Set.of(),
                new BigDecimal("100"), new BigDecimal("200")));

        assertThat(ids(band)).containsExactlyInAnyOrder("escort-bj", "nutrition");
        assertThat(band.facets().get("price")).containsExactly(
                new FacetCount("0-100", 2, false), new FacetCount("100-200", 2, true),
                new FacetCount("200-300", 1, false), new FacetCount("300-500", 2, false));
    }

    @Test
    void providersHaveRatingAndLevelFacetsFromValidCertificatesOnly() {
        SearchResults all = search.search(SearchQuery.of("", SearchType.PROVIDERS));

        assertThat(all.facets().get("rating")).containsExactly(new FacetCount("4.5", 1, false),
                new FacetCount("4", 2, false), new FacetCount("3", 3, false));
        assertThat(all.facets().get("level")).containsExactly(new FacetCount("BASIC", 1, false),
                new FacetCount("PREMIUM", 1, false), new FacetCount("STANDARD", 1, false));
        SearchHit zhang = all.hits().stream().filter(h -> h.id().equals("p-zhang")).findFirst().orElseThrow();
        assertThat(zhang.categories()).containsExactly("COMPANION_ESCORT"); // the expired HOME_CARE is gone
        assertThat(ids(search.search(SearchQuery.of("北京", SearchType.PROVIDERS))))
                .containsExactlyInAnyOrder("p-wang", "p-zhang");
    }

    @Test
    void sortsApplyToTheirTypeAndTieByIdElsewhere() {
        assertThat(search.search(sorted(SearchType.SERVICES, SearchSort.PRICE_ASC)).hits())
                .extracting(SearchHit::price).isSortedAccordingTo(BigDecimal::compareTo);
        assertThat(ids(search.search(sorted(SearchType.SERVICES, SearchSort.PRICE_DESC))))
                .startsWith("check-bj", "escort-sh");
        assertThat(ids(search.search(sorted(SearchType.PROVIDERS, SearchSort.RATING_DESC))))
                .containsExactly("p-wang", "p-li", "p-zhang");
        assertThat(ids(search.search(sorted(SearchType.CONTENT, SearchSort.NEWEST))))
                .containsExactly("CNT-nutrition", "CNT-script", "CNT-guide");
        // a rating sort means nothing for services: relevance, which for browsing (all equal) is by id
        assertThat(ids(search.search(sorted(SearchType.SERVICES, SearchSort.RATING_DESC))))
                .isEqualTo(ids(search.search(sorted(SearchType.SERVICES, SearchSort.RELEVANCE))))
                .isSorted();
    }

    @Test
    void highlightsMarkMatchesAndEscapeEverythingElse() {
        SearchHit script = search.search(SearchQuery.of("陪诊", SearchType.CONTENT)).hits().stream()
                .filter(h -> h.id().equals("CNT-script")).findFirst().orElseThrow();

        assertThat(script.title()).isEqualTo("<script>alert('x')</script> 我的陪诊体验");
        assertThat(script.titleHtml()).doesNotContain("<script>").contains("&lt;script&gt;").contains("<mark>");
        assertThat(script.snippetHtml()).contains("<mark>").contains("&amp;").doesNotContain(" & ");

        SearchHit unmatchedTitle = search.search(SearchQuery.of("dietitian", SearchType.CONTENT)).hits().get(0);
        assertThat(unmatchedTitle.titleHtml()).isEqualTo("Nutrition basics for seniors");
        assertThat(unmatchedTitle.snippetHtml()).contains("<mark>dietitian</mark>");

        SearchHit browsed = search.search(query("", SearchType.CONTENT, Set.of(), Set.of(), null, null)).hits()
                .stream().filter(h -> h.id().equals("CNT-script")).findFirst().orElseThrow();
        assertThat(browsed.titleHtml()).isEqualTo("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; 我的陪诊体验");
        assertThat(browsed.snippetHtml()).isEqualTo("陪诊师很专业 &amp; 耐心。");
    }

    @Test
    void pagesAreDisjointAndLimitsAreEnforced() {
        List<String> pages = new ArrayList<>();
        for (int page = 1; page <= 4; page++) {
            pages.addAll(ids(search.search(new SearchQuery("", SearchType.SERVICES, null, null, null, null, null,
                    null, null, null, page, 2))));
        }
        assertThat(pages).hasSize(7).doesNotHaveDuplicates()
                .isEqualTo(ids(search.search(new SearchQuery("", SearchType.SERVICES, null, null, null, null, null,
                        null, null, null, 1, 50))));

        assertThatThrownBy(() -> search.search(new SearchQuery("", SearchType.SERVICES, null, null, null, null,
                null, null, null, null, 101, 10))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("page");
        assertThatThrownBy(() -> search.search(new SearchQuery("", SearchType.SERVICES, null, null, null, null,
                null, null, null, null, 1, 51))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("size");
        assertThatThrownBy(() -> search.search(new SearchQuery("陪".repeat(101), SearchType.SERVICES, null, null,
                null, null, null, null, null, null, 1, 10))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void suggestionsCompleteChineseFromTheMiddleOfANameAndLatinWords() {
        assertThat(search.suggest("陪诊", 10)).extracting(Suggestion::text)
                .contains("半日陪诊（北京）", "全日陪诊（上海）", "陪诊指南：第一次带父母就医")
                .doesNotContain("陪诊旧套餐", "陪诊草稿");
        assertThat(search.suggest("陪诊", 10)).contains(new Suggestion(SearchType.SERVICES, "escort-bj", "半日陪诊（北京）"));
        assertThat(search.suggest("nutri", 10)).extracting(Suggestion::text)
                .containsExactlyInAnyOrder("Online Nutrition Consultation 营养咨询", "Nutrition basics for seniors");
        assertThat(search.suggest("王", 10)).containsExactly(new Suggestion(SearchType.PROVIDERS, "p-wang", "王芳"));
        assertThat(search.suggest("陪诊", 1)).hasSize(1);
        assertThat(search.suggest(" ", 10)).isEmpty();
        assertThat(search.suggest("陪".repeat(101), 10)).isEmpty();
    }

    @Test
    void misspeltLatinWordGetsACorrectionWhenItFindsLittle() {
        SearchResults typo = search.search(SearchQuery.of("nutriton", SearchType.SERVICES));
        assertThat(typo.total()).isZero();
        assertThat(typo.didYouMean()).isEqualTo("nutrition");
        assertThat(search.search(SearchQuery.of(typo.didYouMean(), SearchType.SERVICES)).total()).isOne();

        assertThat(search.search(SearchQuery.of("nutrition", SearchType.SERVICES)).didYouMean()).isNull();
        assertThat(search.search(SearchQuery.of("陪珍", SearchType.SERVICES)).didYouMean()).isNull();
    }

    private static SearchQuery query(String text, SearchType type, Set<String> categories, Set<String> cities,
            BigDecimal minPrice, BigDecimal maxPrice) {
        return new SearchQuery(text, type, categories, cities, minPrice, maxPrice, null, null, null, null, 1, 50)
                .validated();
    }

    private static SearchQuery sorted(SearchType type, SearchSort sort) {
        return new SearchQuery("", type, null, null, null, null, null, null, null, sort, 1, 50).validated();
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(SearchHit::id).toList();
    }
}
