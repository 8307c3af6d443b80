package com.careflow.search;

import static com.careflow.search.TestData.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.HealthContributorRegistry;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.TestPropertySource;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.search.OutboxEntry;
import com.careflow.domain.search.SearchOutbox;
import com.careflow.search.ReindexProgress.State;

/**
 * Elasticsearch goes away: searches fail clearly, health says DOWN, changes wait in the outbox with growing
 * backoff; it comes back: the waiting changes are indexed.
 */
@SearchIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = {
        "careflow.search.index-prefix=test-outage",
        "careflow.search.indexer.backoff-min=200ms",
        "careflow.search.indexer.backoff-max=1s"})
class SearchOutageTest {

    @Autowired
    Search search;
    @Autowired
    Reindexing reindexing;
    @Autowired
    Indexing indexing;
    @Autowired
    ServiceItems services;
    @Autowired
    SearchOutbox outbox;
    @Autowired
    MongoOperations mongo;
    @Autowired
    HealthContributorRegistry health;

    @Test
    void changesWaitOutAnOutageAndAreIndexedAfterIt(CapturedOutput output) {
        services.save(service("escort-gz", ServiceCategory.COMPANION_ESCORT, "半日陪诊（广州）", "陪同就医。", "199.00",
                "广州"));
        indexing.awaitIndexed();
        assertThat(elasticsearchHealth()).isEqualTo(Status.UP);

        SharedElasticsearch.stop();
        try {
            assertThatThrownBy(() -> search.search(SearchQuery.of("陪诊", SearchType.SERVICES)))
                    .isInstanceOf(SearchUnavailableException.class)
                    .hasMessageStartingWith("Search is unavailable: Elasticsearch could not search test-outage-services");
            assertThatThrownBy(() -> search.suggest("陪诊", 5)).isInstanceOf(SearchUnavailableException.class);
            assertThat(elasticsearchHealth()).isEqualTo(Status.DOWN);

            services.save(service("escort-sz", ServiceCategory.COMPANION_ESCORT, "半日陪诊（深圳）", "陪同就医。",
                    "219.00", "深圳"));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(waiting().attempts())
                    .as("retried with backoff").isGreaterThanOrEqualTo(3));
            OutboxEntry entry = waiting();
            assertThat(entry.lastError()).isNotBlank();
            assertThat(entry.nextAttemptAt()).isAfter(entry.changedAt());

            ReindexProgress failed = startReindexAndAwaitEnd();
            assertThat(failed.state()).isEqualTo(State.FAILED);
            assertThat(failed.error()).contains("Elasticsearch could not");
        } finally {
            SharedElasticsearch.start();
        }

        indexing.awaitIndexed();
        assertThat(search.search(SearchQuery.of("陪诊", SearchType.SERVICES)).hits()).extracting(SearchHit::id)
                .containsExactlyInAnyOrder("escort-gz", "escort-sz");
        assertThat(elasticsearchHealth()).isEqualTo(Status.UP);
        assertThat(output.getOut().split("search index writes failing, ", -1)).as("one WARN per outage").hasSize(2);
        assertThat(output.getOut()).contains("search index writes work again");
    }

    private OutboxEntry waiting() {
        return mongo.findById("SERVICE:escort-sz", OutboxEntry.class);
    }

    private ReindexProgress startReindexAndAwaitEnd() {
        reindexing.start("test");
        await().atMost(Duration.ofSeconds(20)).until(() -> reindexing.progress().state() != State.RUNNING);
        return reindexing.progress();
    }

    private Status elasticsearchHealth() {
        return ((HealthIndicator) health.getContributor("elasticsearch")).health().getStatus();
    }
}
