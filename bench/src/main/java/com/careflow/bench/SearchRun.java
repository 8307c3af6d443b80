package com.careflow.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.search.IndexStatus;
import com.careflow.search.ReindexProgress;
import com.careflow.search.Reindexing;
import com.careflow.search.Search;
import com.careflow.search.SearchQuery;
import com.careflow.search.SearchResults;
import com.careflow.search.SearchType;
import com.careflow.search.SearchUnavailableException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * Scenario 3: search over {@code search-documents} generated documents, through the platform's own search
 * ({@link Reindexing}, {@link Search}) against its Elasticsearch, each figure next to a baseline of the same run.
 * <ul>
 * <li>bulk indexing: a full reindex (Mongo → bulk requests → refresh → alias swap) in documents per second, against
 * one index request per document for a sample of the very documents the reindex wrote (and, to tell Mongo's share
 * from Elasticsearch's, the same sample in bulk requests);</li>
 * <li>query latency: {@link Search#search} (facets, post filters, highlight, per-type totals, did-you-mean) against a
 * plain match on the same words (no filters, aggregations or highlight), the two alternating query by query.</li>
 * </ul>
 * Scratch indices are named {@code <prefix>-scratch-*}: the bench's own prefix, deleted afterwards.
 */
final class SearchRun {

    private static final Logger log = LoggerFactory.getLogger(SearchRun.class);
    private static final long SEED = 20_260_505L;
    private static final Duration INDICES_READY_TIMEOUT = Duration.ofMinutes(3);
    /** Full-text fields of each type's documents (search/indices/*.json), for the plain baseline query. */
    private static final Map<SearchType, List<String>> TEXT_FIELDS = Map.of(
            SearchType.SERVICES, List.of("name^3", "description"),
            SearchType.CONTENT, List.of("title^3", "body"));

    private final Search search;
    private final Reindexing reindexing;
    private final ElasticsearchClient elasticsearch;
    private final RestClient restClient;
    private final Environment environment;
    private final MongoOperations mongo;
    private final BenchSettings settings;

    SearchRun(ConfigurableApplicationContext platform, MongoOperations mongo, BenchSettings settings) {
        this.search = platform.getBean(Search.class);
        this.reindexing = platform.getBean(Reindexing.class);
        this.elasticsearch = platform.getBean(ElasticsearchClient.class);
        this.restClient = platform.getBean(RestClient.class);
        this.environment = platform.getEnvironment();
        this.mongo = mongo;
        this.settings = settings;
    }

    /** Documents over a time, e.g. indexed. */
    record Timed(long documents, Duration elapsed) {

        double perSecond() {
            return elapsed.isZero() ? 0 : documents / (elapsed.toNanos() / 1e9);
        }
    }

    /** One kind of query: its latencies and the hits it found on average. */
    record Queries(Latencies latencies, long hits, int zeroHits, int errors) {

        double meanHits() {
            return latencies.count() == 0 ? 0 : (double) hits / latencies.count();
        }
    }

    record Result(String elasticsearch, SearchCorpus.Inserted inserted, Timed reindex,
            Map<SearchType, Long> reindexed, Map<SearchType, Long> inIndex, Timed single, Timed bulkSample,
            int bulkBatch, Queries faceted, Queries plain, int warmup) {
    }

    Result run() {
        Map<SearchType, String> aliases = awaitIndices();
        SearchCorpus.Inserted inserted = new SearchCorpus(mongo, SEED, Instant.now())
                .insert(settings.searchDocuments());

        long began = System.nanoTime();
        ReindexProgress done = reindex();
        // the reindex's own start and finish when it reports them, else what this poll saw
        Duration took = done.finishedAt() != null
                ? Duration.between(done.startedAt(), done.finishedAt()) : Duration.ofNanos(System.nanoTime() - began);
        Timed reindex = new Timed(done.done().values().stream().mapToLong(Long::longValue).sum(), took);
        log.info("search: reindex of {} documents in {} ms, {} docs/s", reindex.documents(),
                reindex.elapsed().toMillis(), Math.round(reindex.perSecond()));
        Map<SearchType, Long> inIndex = new EnumMap<>(SearchType.class);
        reindexing.indices().forEach(status -> inIndex.put(status.type(), status.documents()));

        int batch = environment.getProperty("careflow.search.reindex.batch-size", Integer.class, 1000);
        Map<SearchType, List<Hit<ObjectNode>>> sample = sample(aliases, settings.searchSingleDocuments());
        Timed single = indexEach(sample);
        Timed bulkSample = indexInBulk(sample, batch);
        log.info("search: one request per document {} docs/s, the same in bulk {} docs/s",
                Math.round(single.perSecond()), Math.round(bulkSample.perSecond()));

        Queries[] measured = queries(aliases);
        return new Result(elasticsearchVersion(), inserted, reindex, done.done(), inIndex, single, bulkSample, batch,
                measured[0], measured[1], settings.searchWarmupQueries());
    }

    /** The platform builds missing indices on startup (in the background); the reindex must not race that. */
    private Map<SearchType, String> awaitIndices() {
        long deadline = System.nanoTime() + INDICES_READY_TIMEOUT.toNanos();
        while (true) {
            try {
                List<IndexStatus> indices = reindexing.indices();
                if (!indices.isEmpty() && indices.stream().allMatch(status -> status.index() != null)
                        && reindexing.progress().state() != ReindexProgress.State.RUNNING) {
                    Map<SearchType, String> aliases = new EnumMap<>(SearchType.class);
                    indices.forEach(status -> aliases.put(status.type(), status.alias()));
                    log.info("search: indices ready {}", aliases);
                    return aliases;
                }
            } catch (SearchUnavailableException e) {
                log.info("search: waiting for Elasticsearch ({})", e.getMessage());
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the platform did not create its search indices within "
                        + INDICES_READY_TIMEOUT.toSeconds() + " s");
            }
            sleep(500);
        }
    }

    private ReindexProgress reindex() {
        Instant requested = Instant.now();
        log.info("search: full reindex starting");
        reindexing.start("bench");
        long deadline = System.nanoTime() + settings.searchTimeout().toNanos();
        long nextLog = System.nanoTime();
        while (System.nanoTime() < deadline) {
            ReindexProgress progress = reindexing.progress();
            boolean ours = progress.startedAt() != null && !progress.startedAt().isBefore(requested.minusSeconds(1));
            if (ours && progress.state() == ReindexProgress.State.DONE) {
                return progress;
            }
            if (ours && progress.state() == ReindexProgress.State.FAILED) {
                throw new IllegalStateException("the reindex failed: " + progress.error());
            }
            if (System.nanoTime() >= nextLog) {
                log.info("search: reindex {} {} of {}", progress.state(), progress.done(), progress.total());
                nextLog = System.nanoTime() + 5_000_000_000L;
            }
            sleep(100);
        }
        throw new IllegalStateException("the reindex took longer than " + settings.searchTimeout());
    }

    /** Documents as the reindex wrote them, half of {@code count} from each type's alias. */
    private Map<SearchType, List<Hit<ObjectNode>>> sample(Map<SearchType, String> aliases, int count) {
        Map<SearchType, List<Hit<ObjectNode>>> sample = new EnumMap<>(SearchType.class);
        for (SearchType type : TEXT_FIELDS.keySet()) {
            // 10,000 is Elasticsearch's default result window
            int size = Math.clamp(count / 2, 1, 10_000);
            sample.put(type, es(() -> elasticsearch.search(s -> s.index(aliases.get(type)).size(size)
                    .query(q -> q.matchAll(m -> m)), ObjectNode.class).hits().hits()));
        }
        return sample;
    }

    /** The naive way: one index request per document, each waiting for its answer. */
    private Timed indexEach(Map<SearchType, List<Hit<ObjectNode>>> sample) {
        return intoScratch("single", sample, (index, hits) -> {
            for (Hit<ObjectNode> hit : hits) {
                es(() -> elasticsearch.index(i -> i.index(index).id(hit.id()).document(hit.source())));
            }
        });
    }

    private Timed indexInBulk(Map<SearchType, List<Hit<ObjectNode>>> sample, int batch) {
        return intoScratch("bulk", sample, (index, hits) -> {
            for (int from = 0; from < hits.size(); from += batch) {
                BulkRequest.Builder bulk = new BulkRequest.Builder();
                hits.subList(from, Math.min(hits.size(), from + batch)).forEach(hit -> bulk.operations(op -> op
                        .index(i -> i.index(index).id(hit.id()).document(hit.source()))));
                BulkResponse response = es(() -> elasticsearch.bulk(bulk.build()));
                if (response.errors()) {
                    throw new IllegalStateException("bulk into " + index + " failed: " + response.items().stream()
                            .map(item -> item.error()).filter(Objects::nonNull).findFirst().orElse(null));
                }
            }
        });
    }

    private interface Writer {
        void write(String index, List<Hit<ObjectNode>> hits);
    }

    /**
     * Times {@code writer} putting each type's sample into a fresh scratch index with the type's own definition
     * (search/indices/<type>.json), then deletes the scratch indices. Only the writing is timed.
     */
    private Timed intoScratch(String label, Map<SearchType, List<Hit<ObjectNode>>> sample, Writer writer) {
        String prefix = environment.getProperty("careflow.search.index-prefix", "careflow");
        long nanos = 0;
        long documents = 0;
        for (Map.Entry<SearchType, List<Hit<ObjectNode>>> entry : sample.entrySet()) {
            String index = prefix + "-scratch-" + label + "-" + entry.getKey().alias();
            deleteIndex(index);
            String definition = "search/indices/" + entry.getKey().alias() + ".json";
            try (InputStream json = SearchRun.class.getClassLoader().getResourceAsStream(definition)) {
                if (json == null) {
                    throw new IllegalStateException(definition + " is not on the classpath");
                }
                es(() -> elasticsearch.indices().create(c -> c.index(index).withJson(json)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                long began = System.nanoTime();
                writer.write(index, entry.getValue());
                nanos += System.nanoTime() - began;
                documents += entry.getValue().size();
            } finally {
                deleteIndex(index);
            }
        }
        return new Timed(documents, Duration.ofNanos(nanos));
    }

    private void deleteIndex(String index) {
        es(() -> elasticsearch.indices().delete(d -> d.index(index).ignoreUnavailable(true)));
    }

    /**
     * Warm-up, then each query twice, alternating which goes first: the platform's faceted search and the plain
     * match. Returns {faceted, plain}.
     */
    private Queries[] queries(Map<SearchType, String> aliases) {
        int warmup = settings.searchWarmupQueries();
        List<SearchQuery> all = SearchQueries.generate(warmup + settings.searchQueries(), SEED);
        log.info("search: {} warm-up and {} measured queries of each kind", warmup, settings.searchQueries());
        Latencies ignored = new Latencies();
        long[] discard = new long[3];
        for (SearchQuery query : all.subList(0, warmup)) {
            faceted(query, ignored, discard);
            plain(query, aliases, ignored, discard);
        }
        Latencies faceted = new Latencies();
        Latencies plain = new Latencies();
        long[] facetedCounts = new long[3]; // hits, zero-hit queries, errors
        long[] plainCounts = new long[3];
        List<SearchQuery> measured = all.subList(warmup, all.size());
        for (int i = 0; i < measured.size(); i++) {
            SearchQuery query = measured.get(i);
            if (i % 2 == 0) {
                faceted(query, faceted, facetedCounts);
                plain(query, aliases, plain, plainCounts);
            } else {
                plain(query, aliases, plain, plainCounts);
                faceted(query, faceted, facetedCounts);
            }
        }
        log.info("search: faceted p50 {} p99 {}, plain p50 {} p99 {}", Latencies.ms(faceted.percentile(50)),
                Latencies.ms(faceted.percentile(99)), Latencies.ms(plain.percentile(50)),
                Latencies.ms(plain.percentile(99)));
        return new Queries[] {queries(faceted, facetedCounts), queries(plain, plainCounts)};
    }

    private void faceted(SearchQuery query, Latencies latencies, long[] counts) {
        long began = System.nanoTime();
        try {
            SearchResults results = search.search(query);
            latencies.add(System.nanoTime() - began);
            count(results.total(), counts);
        } catch (SearchUnavailableException e) {
            counts[2]++;
            log.warn("search: {} failed: {}", query.text(), e.getMessage());
        }
    }

    /** The baseline: the same words over the same text fields, first page, nothing else. */
    private void plain(SearchQuery query, Map<SearchType, String> aliases, Latencies latencies, long[] counts) {
        long began = System.nanoTime();
        try {
            long total = elasticsearch.search(s -> s.index(aliases.get(query.type())).size(query.size())
                    .query(q -> q.multiMatch(m -> m.query(query.text()).fields(TEXT_FIELDS.get(query.type()))
                            .operator(Operator.And))), ObjectNode.class).hits().total().value();
            latencies.add(System.nanoTime() - began);
            count(total, counts);
        } catch (IOException e) {
            counts[2]++;
            log.warn("search: plain {} failed: {}", query.text(), e.getMessage());
        }
    }

    private static void count(long total, long[] counts) {
        counts[0] += total;
        if (total == 0) {
            counts[1]++;
        }
    }

    private static Queries queries(Latencies latencies, long[] counts) {
        return new Queries(latencies, counts[0], (int) counts[1], (int) counts[2]);
    }

    /**
     * From the nodes info, read as plain JSON: the runtime's distribution (integ-test-zip) has no {@code GET /}
     * handler, and the typed client cannot decode this server's nodes info.
     */
    private String elasticsearchVersion() {
        try {
            Response response = restClient.performRequest(new Request("GET", "/_nodes?filter_path=nodes.*.version"));
            try (InputStream body = response.getEntity().getContent()) {
                Iterator<JsonNode> nodes = new ObjectMapper().readTree(body).path("nodes").elements();
                return nodes.hasNext() ? nodes.next().path("version").asText("unknown") : "unknown";
            }
        } catch (IOException | RuntimeException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private interface EsCall<T> {
        T call() throws IOException;
    }

    private static <T> T es(EsCall<T> call) {
        try {
            return call.call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
