package com.careflow.bench;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.assignment.Offers;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.engine.Workflows;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Trends;
import com.careflow.domain.ledger.Balances;
import com.careflow.domain.ledger.MoneyMovements;
import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.OrderNumbers;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.payout.WeeklySettlement;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;
import com.careflow.worker.EngineClientProperties;
import com.careflow.worker.ServiceAccountTokens;
import com.careflow.worker.TopicSubscriptions;

/**
 * Runs the scenarios in order against the one platform and writes the report. The platform's own topic workers
 * subscribe when it is ready; they are closed at once and subscribed again only for the real phase, so the no-op
 * workers are the only ones in the baseline and the grab race runs without workers, as before.
 */
final class Benchmark {

    private static final Logger log = LoggerFactory.getLogger(Benchmark.class);
    private static final Pattern VERSION = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"");

    private final ConfigurableApplicationContext platform;
    private final BenchSettings settings;
    private final MongoOperations mongo;
    private final Clock clock;
    private final OrderClient client;
    private final BenchFixtures fixtures;
    private final TopicSubscriptions platformWorkers;
    private final EngineClientProperties engineClient;
    private final ServiceAccountTokens tokens;

    Benchmark(ConfigurableApplicationContext platform) {
        this.platform = platform;
        this.settings = platform.getBean(BenchSettings.class);
        this.mongo = platform.getBean(MongoOperations.class);
        this.clock = platform.getBean(Clock.class);
        this.client = new OrderClient(platform.getBean(OrderChanges.class), platform.getBean(OrderNumbers.class),
                platform.getBean(ServiceSlots.class), platform.getBean(Workflows.class), clock);
        this.fixtures = new BenchFixtures(platform.getBean(ServiceItems.class), platform.getBean(Providers.class),
                clock);
        this.platformWorkers = platform.getBean(TopicSubscriptions.class);
        this.engineClient = platform.getBean(EngineClientProperties.class);
        this.tokens = platform.getBean(ServiceAccountTokens.class);
    }

    void run() {
        platformWorkers.destroy();
        Report report = new Report(MachineInfo.current(), settings, platform());
        if (settings.runs("throughput")) {
            throughput(report);
        }
        if (settings.runs("race")) {
            race(report);
        }
        if (settings.runs("search")) {
            search(report);
        }
        if (settings.runs("health")) {
            health(report);
        }
        if (settings.runs("settlement")) {
            settlement(report);
        }
        Path file = report.write(settings.report());
        System.out.println("\n" + report.markdown());
        System.out.println("[bench] report written to " + file);
    }

    private void throughput(Report report) {
        ServiceItem service = fixtures.service("bench-throughput", BenchFixtures.THROUGHPUT_CITY);
        List<Provider> providers = fixtures.providers("bench-p", BenchFixtures.THROUGHPUT_CITY, settings.providers());
        SlotPlan plan = new SlotPlan(platform.getBean(ServiceSlots.class), service, LocalDate.now(clock),
                settings.ordersPerSlot());
        ThroughputRun run = new ThroughputRun(client, service, plan, settings.orderTimeout(),
                settings.concurrency());

        NoopWorkers.requireEveryOrderTopic();
        log.info("Throughput, phase 1 of 2: no-op workers ({} topics)", NoopWorkers.topics().size());
        Confirmations noopConfirmations = new Confirmations();
        ThroughputRun.Phase noop;
        try (ProviderBot bot = ProviderBot.messagesOnly(client, providers.getFirst().getId());
                NoopWorkers workers = NoopWorkers.open(engineClient, tokens, noopConfirmations, bot)) {
            run.run("no-op warm-up", settings.warmupOrders(), noopConfirmations, null);
            noop = run.run("no-op", settings.orders(), noopConfirmations, null);
            log.info("no-op: {} orders/s", noop.perSecondText());
            // the confirmed orders still go on (notification, appointment): let the no-op workers finish them,
            // or their tasks would reach the real workers
            settle(workers::handled);
        }

        log.info("Throughput, phase 2 of 2: the platform's own workers (portal and every worker module)");
        Confirmations realConfirmations = new Confirmations();
        platform.addApplicationListener(new ConfirmedOrders(realConfirmations));
        ThroughputRun.Phase real;
        int botFailures;
        platformWorkers.open();
        try (ProviderBot bot = ProviderBot.watching(client, platform.getBean(OfferDesk.class),
                platform.getBean(Offers.class))) {
            run.run("real warm-up", settings.warmupOrders(), realConfirmations, mongo);
            real = run.run("real", settings.orders(), realConfirmations, mongo);
            botFailures = bot.failures();
            log.info("real: {} orders/s", real.perSecondText());
            settle(() -> mongo.getCollection("notifications").countDocuments());
        } finally {
            platformWorkers.destroy();
        }
        // proof the real phase was real: its orders carry the provider the real confirm step took from the offer
        long realConfirmed = mongo.count(query(where("status").is(OrderStatus.CONFIRMED.name())
                .and("providerId").ne(null)), "orders");
        report.throughput(settings, noop, real, botFailures, realConfirmed, realConfirmations.sources());
    }

    private void race(Report report) {
        ServiceItem service = fixtures.service("bench-race", BenchFixtures.RACE_CITY);
        List<Provider> providers = fixtures.providers("race-p", BenchFixtures.RACE_CITY, settings.raceProviders());
        log.info("Grab race: {} providers, {} offers", settings.raceProviders(), settings.raceOrders());
        GrabRace race = new GrabRace(platform.getBean(OfferDesk.class), platform.getBean(Orders.class),
                platform.getBean(ServiceSlots.class), client, mongo, clock);
        GrabRace.Result result = race.run(service, providers, settings.raceOrders(), settings.raceOrdersPerSlot());
        log.info("race: {} double assignments, {} grab calls", result.doubleAssignments(), result.grabCalls());
        report.race(settings, result);
    }

    private void search(Report report) {
        log.info("Search: the platform's search (Search, Reindexing, the outbox indexer)");
        report.search(new SearchRun(platform, mongo, settings).run());
    }

    private void health(Report report) {
        log.info("Health records: {} readings of {} customers, then the 90-day trend against a plain find",
                settings.healthReadings(), settings.healthCustomers());
        report.health(new HealthRun(platform.getBean(Trends.class), platform.getBean(HealthRecords.class),
                clock, settings).run());
    }

    private void settlement(Report report) {
        SettlementRun run = new SettlementRun(platform.getBean(MoneyMovements.class),
                platform.getBean(WeeklySettlement.class), platform.getBean(Balances.class), mongo, clock);
        report.settlement(run.run(settings.settlementOrders(), settings.settlementProviders()));
    }

    /** Waits until {@code progress} has not moved for two seconds (at most a minute). */
    private static void settle(LongSupplier progress) {
        long deadline = System.currentTimeMillis() + 60_000;
        long last = -1;
        while (System.currentTimeMillis() < deadline) {
            long now = progress.getAsLong();
            if (now == last) {
                return;
            }
            last = now;
            sleep(2_000);
        }
    }

    private Map<String, String> platform() {
        Environment env = platform.getEnvironment();
        Map<String, String> info = new LinkedHashMap<>();
        info.put("Process engine", "Operaton " + engineVersion() + ", embedded in the platform; database "
                + env.getProperty("spring.datasource.url", "the platform's default") + ", history level "
                + env.getProperty("operaton.bpm.history-level", "full"));
        info.put("Topic workers", "external-task client over " + engineClient.baseUrl() + ": "
                + engineClient.clients() + " client(s) per worker set, " + engineClient.maxTasks()
                + " tasks per fetch, long poll " + engineClient.longPoll().toMillis() + " ms");
        info.put("MongoDB", "mongo-java-server with its H2 backend, in the benchmark's JVM");
        if (settings.runs("search")) {
            info.put("Elasticsearch", "one node as a child process, heap "
                    + env.getProperty("careflow.runtime.elasticsearch.heap", "512m") + "; the bench's indices are "
                    + env.getProperty("careflow.search.index-prefix", "careflow") + "-*");
        }
        return info;
    }

    /** The engine's version as its REST API tells it (the bench knows the engine only through ports and REST). */
    private String engineVersion() {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(engineClient.baseUrl()
                    + "/version")).header("Authorization", tokens.authorization()).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher version = VERSION.matcher(response.body());
            return response.statusCode() == 200 && version.find() ? version.group(1) : "unknown";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
