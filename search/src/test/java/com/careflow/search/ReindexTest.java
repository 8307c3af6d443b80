package com.careflow.search;

import static com.careflow.search.TestData.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.search.ReindexProgress.State;

/** The full reindex and the startup upgrade both build a new index and swap the alias to it. */
@SearchIntegrationTest
@TestPropertySource(properties = {
        "careflow.search.index-prefix=test-reindex",
        "careflow.search.reindex.batch-size=10",
        // a cluster's setting, applied once a build is complete (this single node then reports yellow, and serves)
        "careflow.search.replicas=1"})
class ReindexTest {

    private static final int SERVICES = 25;

    @Autowired
    Reindexing reindexing;
    @Autowired
    Search search;
    @Autowired
    Indexing indexing;
    @Autowired
    ServiceItems services;
    @Autowired
    IndexStartup startup;
    @Autowired
    IndexDefinitions definitions;
    @Autowired
    SearchIndices indices;
    @Autowired
    ElasticsearchClient client;

    @Test
    void reindexBuildsNewIndicesInBatchesAndSwapsTheAliases() throws Exception {
        services.saveAll(IntStream.rangeClosed(1, SERVICES).mapToObj(i -> service("svc-" + (100 + i),
                ServiceCategory.HOME_CARE, "上门护理 " + i + " 号", "护士上门换药。", String.valueOf(100 + i), "北京"))
                .toList());
        indexing.awaitIndexed();
        SearchResults before = search.search(SearchQuery.of("护理", SearchType.SERVICES));
        long active = services.count(); // the other test may have added one
        IndexStatus servicesBefore = reindexing.indices().get(0);
        assertThat(servicesBefore.documents()).isEqualTo(active).isGreaterThanOrEqualTo(SERVICES);

        ReindexProgress started = reindexing.start("admin");
        assertThat(started.state()).isEqualTo(State.RUNNING);
        assertThat(reindexing.start("someone else").startedAt()).as("one at a time").isEqualTo(started.startedAt());
        await().atMost(Duration.ofSeconds(60)).until(() -> reindexing.progress().state() != State.RUNNING);

        ReindexProgress done = reindexing.progress();
        assertThat(done.state()).isEqualTo(State.DONE);
        assertThat(done.error()).isNull();
        assertThat(done.finishedAt()).isAfterOrEqualTo(done.startedAt());
        assertThat(done.done()).containsEntry(SearchType.SERVICES, active);
        assertThat(done.total()).containsEntry(SearchType.SERVICES, active);

        List<IndexStatus> after = reindexing.indices();
        assertThat(after).extracting(IndexStatus::type).containsExactly(SearchType.values());
        IndexStatus servicesAfter = after.get(0);
        assertThat(servicesAfter.alias()).isEqualTo("test-reindex-services");
        assertThat(servicesAfter.index()).startsWith("test-reindex-services-v2-").isNotEqualTo(servicesBefore.index());
        assertThat(servicesAfter.mappingVersion()).isEqualTo(2);
        assertThat(servicesAfter.documents()).isEqualTo(active);
        assertThat(exists(servicesBefore.index())).as("old index deleted").isFalse();
        var settings = client.indices().getSettings(g -> g.index(servicesAfter.index())).result()
                .get(servicesAfter.index()).settings().index();
        assertThat(settings.numberOfReplicas()).as("replicas once built").isEqualTo("1");
        assertThat(settings.refreshInterval().time()).as("periodic refresh back on").isEqualTo("1s");
        assertThat(search.search(SearchQuery.of("护理", SearchType.SERVICES))).usingRecursiveComparison()
                .isEqualTo(before);
        assertThat(reindexing.pendingChanges()).isZero();
    }

    @Test
    void startupRebuildsAnIndexOfAnOlderMappingVersion() throws Exception {
        services.save(service("svc-old", ServiceCategory.HEALTH_CHECK, "体检套餐", "基础检查。", "399.00", "上海"));
        indexing.awaitIndexed();
        IndexDefinition current = definitions.of(SearchType.SERVICES);
        String old = "test-reindex-services-v0-legacy";
        String oldDefinition = current.json().replace("\"version\": " + current.version(), "\"version\": 0");
        client.indices().create(c -> c.withJson(new StringReader(oldDefinition)).index(old));
        indices.swap(current.alias(), indices.targets(current.alias()), old);
        assertThat(indices.mappingVersion(old)).isZero();
        assertThat(search.search(SearchQuery.of("体检", SearchType.SERVICES)).total()).as("empty old index").isZero();

        startup.ensure();

        assertThat(indices.targets(current.alias())).singleElement().asString()
                .startsWith("test-reindex-services-v" + current.version() + "-");
        assertThat(exists(old)).isFalse();
        assertThat(search.search(SearchQuery.of("体检", SearchType.SERVICES)).hits()).extracting(SearchHit::id)
                .containsExactly("svc-old");
    }

    private boolean exists(String index) throws Exception {
        return client.indices().exists(e -> e.index(index)).value();
    }
}
