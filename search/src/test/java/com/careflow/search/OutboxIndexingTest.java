package com.careflow.search;

import static com.careflow.search.TestData.certificate;
import static com.careflow.search.TestData.service;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.content.Contents;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;
import com.careflow.domain.search.SearchOutbox;
import com.careflow.domain.search.Searchable;

/** Changes saved through the domain reach the index through the outbox, and only what may be found is found. */
@SearchIntegrationTest
@TestPropertySource(properties = "careflow.search.index-prefix=test-outbox")
class OutboxIndexingTest {

    @Autowired
    Search search;
    @Autowired
    Indexing indexing;
    @Autowired
    ServiceItems services;
    @Autowired
    Contents contents;
    @Autowired
    Providers providers;
    @Autowired
    SearchOutbox outbox;
    @Autowired
    Clock clock;
    @Autowired
    IndexGuard guard;

    @Test
    void serviceIsFoundOnceSavedAndGoneOnceInactive() {
        ServiceItem massage = service("massage-bj", ServiceCategory.HOME_CARE, "上门推拿（北京）", "中医推拿师上门服务。",
                "288.00", "北京");
        services.save(massage);
        indexing.awaitIndexed();
        assertThat(idsFor("推拿", SearchType.SERVICES)).containsExactly("massage-bj");

        services.save(TestData.inactive(massage));
        indexing.awaitIndexed();
        assertThat(idsFor("推拿", SearchType.SERVICES)).isEmpty();
    }

    @Test
    void contentIsFoundOncePublishedAndGoneOnceDeleted() {
        Content draft = contents.save(TestData.submitted("CNT-sleep", ContentKind.ARTICLE, "老年人睡眠小贴士",
                "睡前少喝茶。", clock.instant()));
        indexing.awaitIndexed();
        assertThat(idsFor("睡眠", SearchType.CONTENT)).as("submitted is not public").isEmpty();

        draft.publish("reviewer", "Reviewer", clock.instant());
        contents.save(draft);
        indexing.awaitIndexed();
        assertThat(idsFor("睡眠", SearchType.CONTENT)).containsExactly("CNT-sleep");

        // gone from MongoDB: the indexer finds nothing there and removes it from the index
        contents.deleteById("CNT-sleep");
        outbox.changed(Searchable.CONTENT, "CNT-sleep");
        indexing.awaitIndexed();
        assertThat(idsFor("睡眠", SearchType.CONTENT)).isEmpty();
    }

    @Test
    void providerIsFoundWhileCertifiedAndGoneWhenTheCertificateExpires() {
        providers.save(Provider.applicant("p-chen", "陈静", "上海", "zh"));
        indexing.awaitIndexed();
        assertThat(idsFor("陈静", SearchType.PROVIDERS)).as("no certificate yet").isEmpty();

        Provider chen = providers.findById("p-chen").orElseThrow();
        var expiresAt = clock.instant().plus(30, ChronoUnit.DAYS);
        chen.certify(certificate(ServiceCategory.HOME_CARE, CertificationLevel.PREMIUM, expiresAt));
        providers.save(chen);
        indexing.awaitIndexed();
        List<SearchHit> hits = search.search(SearchQuery.of("陈静", SearchType.PROVIDERS)).hits();
        assertThat(hits).extracting(SearchHit::id).containsExactly("p-chen");
        assertThat(hits.get(0).categories()).containsExactly("HOME_CARE");
        assertThat(hits.get(0).levels()).containsExactly("PREMIUM");

        chen = providers.findById("p-chen").orElseThrow();
        assertThat(chen.expire(ServiceCategory.HOME_CARE, expiresAt, clock.instant())).isTrue();
        providers.save(chen);
        indexing.awaitIndexed();
        assertThat(idsFor("陈静", SearchType.PROVIDERS)).isEmpty();
    }

    @Test
    void aBatchOfChangesToSeveralTypesIndexesEachDocumentAsMongoDbHasIt() {
        // while the guard is held the indexer stays out, so all these changes wait and are read as one batch
        guard.building(() -> {
            services.save(service("yoga-sh", ServiceCategory.HOME_CARE, "上门瑜伽（上海）", "瑜伽老师上门。", "199.00",
                    "上海"));
            services.save(TestData.inactive(service("yoga-bj", ServiceCategory.HOME_CARE, "上门瑜伽（北京）",
                    "瑜伽老师上门。", "199.00", "北京")));
            contents.save(TestData.published("CNT-yoga", ContentKind.ARTICLE, "瑜伽入门", "每天十分钟。",
                    clock.instant()));
            providers.save(TestData.provider("p-lin", "林悦", "上海", 4.7, Set.of("yoga-sh"),
                    certificate(ServiceCategory.HOME_CARE, CertificationLevel.STANDARD,
                            clock.instant().plus(30, ChronoUnit.DAYS))));
            return null;
        });
        indexing.awaitIndexed();

        assertThat(idsFor("瑜伽", SearchType.SERVICES)).containsExactly("yoga-sh");
        assertThat(idsFor("瑜伽", SearchType.CONTENT)).containsExactly("CNT-yoga");
        assertThat(idsFor("瑜伽", SearchType.PROVIDERS)).as("found by the specialty's name").containsExactly("p-lin");
    }

    private List<String> idsFor(String text, SearchType type) {
        return search.search(SearchQuery.of(text, type)).hits().stream().map(SearchHit::id).toList();
    }
}
