package com.careflow.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.bench.*}: sizes of the scenarios. Any of them can be given on the command line, e.g.
 * {@code bench/run --careflow.bench.orders=50}.
 *
 * @param orders measured orders per throughput phase (no-op workers, then real workers)
 * @param concurrency orders in flight at once (placed, paid, not yet confirmed)
 * @param warmupOrders orders each phase runs first without measuring (JIT, connection pools, engine caches)
 * @param providers providers of the throughput scenario's city; every slot takes half as many orders
 * @param raceProviders provider threads racing in the grab race
 * @param raceOrders open offers they race for
 * @param raceOrdersPerSlot offers sharing one appointment time (a provider can take only one of them)
 * @param orderTimeout how long one order may take from placement to CONFIRMED before it counts as failed
 * @param searchDocuments documents the search scenario generates (half services, half published content)
 * @param searchSingleDocuments of those, how many the single-request indexing baseline writes (at most 10,000 per type)
 * @param searchQueries measured queries of each kind (faceted search, plain match)
 * @param searchWarmupQueries unmeasured queries of each kind first
 * @param searchTimeout how long the full reindex may take
 * @param healthReadings readings the health scenario generates
 * @param healthCustomers customers they belong to
 * @param healthQueries measured queries of each kind (90-day trend, plain find of the same readings)
 * @param healthWarmupQueries unmeasured queries of each kind first
 * @param freshData wipe the engine's, Mongo's and Elasticsearch's data of earlier benchmark runs before starting
 * @param settlementOrders completed orders the settlement scenario settles
 * @param settlementProviders providers they are spread over (one statement each)
 * @param scenarios which scenarios run: {@code throughput}, {@code race}, {@code search},
 *        {@code health}, {@code settlement}
 * @param report where the markdown report goes
 */
@ConfigurationProperties("careflow.bench")
record BenchSettings(
        @DefaultValue("300") int orders,
        @DefaultValue("16") int concurrency,
        @DefaultValue("30") int warmupOrders,
        @DefaultValue("20") int providers,
        @DefaultValue("100") int raceProviders,
        @DefaultValue("1000") int raceOrders,
        @DefaultValue("20") int raceOrdersPerSlot,
        @DefaultValue("120s") Duration orderTimeout,
        @DefaultValue("100000") int searchDocuments,
        @DefaultValue("2000") int searchSingleDocuments,
        @DefaultValue("1000") int searchQueries,
        @DefaultValue("200") int searchWarmupQueries,
        @DefaultValue("30m") Duration searchTimeout,
        @DefaultValue("1000000") int healthReadings,
        @DefaultValue("10000") int healthCustomers,
        @DefaultValue("1000") int healthQueries,
        @DefaultValue("100") int healthWarmupQueries,
        @DefaultValue("10000") int settlementOrders,
        @DefaultValue("500") int settlementProviders,
        @DefaultValue("true") boolean freshData,
        @DefaultValue({"throughput", "race", "search", "health", "settlement"}) Set<String> scenarios,
        @DefaultValue("target/bench-report.md") Path report) {

    boolean runs(String scenario) {
        return scenarios.contains(scenario);
    }

    /** Orders per slot of the throughput scenario: half the providers, so a free provider is always left. */
    int ordersPerSlot() {
        return Math.max(1, providers / 2);
    }
}
