package com.careflow.bench;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.app.CareFlowApplication;
import com.careflow.domain.appointment.ServiceSlots;
import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.assignment.Offers;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.order.OrderNumbers;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;

import io.camunda.client.CamundaClient;

/** Runs the scenarios in order and writes the report. */
final class Benchmark {

    private static final Logger log = LoggerFactory.getLogger(Benchmark.class);

    private final ConfigurableApplicationContext servers;
    private final String[] args;
    private final BenchSettings settings;
    private final CamundaClient camunda;
    private final MongoOperations mongo;
    private final Clock clock;
    private final OrderClient client;
    private final BenchFixtures fixtures;

    Benchmark(ConfigurableApplicationContext servers, String[] args) {
        this.servers = servers;
        this.args = args;
        this.settings = servers.getBean(BenchSettings.class);
        this.camunda = servers.getBean(CamundaClient.class);
        this.mongo = servers.getBean(MongoOperations.class);
        this.clock = servers.getBean(Clock.class);
        this.client = new OrderClient(servers.getBean(Orders.class), servers.getBean(OrderNumbers.class),
                servers.getBean(ServiceSlots.class), camunda, clock);
        this.fixtures = new BenchFixtures(servers.getBean(ServiceItems.class), servers.getBean(Providers.class),
                clock);
    }

    void run() {
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
        Path file = report.write(settings.report());
        System.out.println("\n" + report.markdown());
        System.out.println("[bench] report written to " + file);
    }

    private void throughput(Report report) {
        ServiceItem service = fixtures.service("bench-throughput", BenchFixtures.THROUGHPUT_CITY);
        List<Provider> providers = fixtures.providers("bench-p", BenchFixtures.THROUGHPUT_CITY, settings.providers());
        SlotPlan plan = new SlotPlan(servers.getBean(ServiceSlots.class), service, LocalDate.now(clock),
                settings.ordersPerSlot());
        ThroughputRun run = new ThroughputRun(client, service, plan, settings.orderTimeout(),
                settings.concurrency());

        log.info("Throughput, phase 1 of 2: no-op workers ({} job types)", NoopWorkers.jobTypes().size());
        Confirmations noopConfirmations = new Confirmations();
        ThroughputRun.Phase noop;
        try (ProviderBot bot = ProviderBot.messagesOnly(client, providers.getFirst().getId());
                NoopWorkers workers = NoopWorkers.open(camunda, noopConfirmations, bot)) {
            run.run("no-op warm-up", settings.warmupOrders(), noopConfirmations, null);
            noop = run.run("no-op", settings.orders(), noopConfirmations, null);
            log.info("no-op: {} orders/s", noop.perSecondText());
            // the confirmed orders still go on (notification, appointment): let the no-op workers finish them,
            // or their jobs would reach the real workers after the activation timeout
            settle(workers::handled);
        }

        log.info("Throughput, phase 2 of 2: the real platform (portal and every worker) is starting");
        Confirmations realConfirmations = new Confirmations();
        ThroughputRun.Phase real;
        int botFailures;
        try (ConfigurableApplicationContext platform = startPlatform(
                context -> context.addApplicationListener(new ConfirmedOrders(realConfirmations)));
                ProviderBot bot = ProviderBot.watching(client, servers.getBean(OfferDesk.class),
                        servers.getBean(Offers.class))) {
            run.run("real warm-up", settings.warmupOrders(), realConfirmations, mongo);
            real = run.run("real", settings.orders(), realConfirmations, mongo);
            botFailures = bot.failures();
            log.info("real: {} orders/s", real.perSecondText());
            settle(() -> mongo.getCollection("notifications").countDocuments());
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
        GrabRace race = new GrabRace(servers.getBean(OfferDesk.class), servers.getBean(Orders.class),
                servers.getBean(ServiceSlots.class), client, mongo, clock);
        GrabRace.Result result = race.run(service, providers, settings.raceOrders(), settings.raceOrdersPerSlot());
        log.info("race: {} double assignments, {} grab calls", result.doubleAssignments(), result.grabCalls());
        report.race(settings, result);
    }

    private void search(Report report) {
        log.info("Search: the real platform (portal, search indexer, every worker) is starting");
        SearchRun.Result result;
        try (ConfigurableApplicationContext platform = startPlatform(context -> { })) {
            result = new SearchRun(platform, mongo, settings).run();
        }
        report.search(result);
    }

    /** The whole platform as the app runs it (portal and every worker), on the servers already running. */
    private ConfigurableApplicationContext startPlatform(
            ApplicationContextInitializer<ConfigurableApplicationContext> initializer) {
        return new SpringApplicationBuilder(CareFlowApplication.class)
                .properties(BenchApplication.CONFIG_NAME)
                .initializers(initializer)
                .run(args);
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
        Environment env = servers.getEnvironment();
        Map<String, String> info = new LinkedHashMap<>();
        String zeebe;
        try {
            zeebe = camunda.newTopologyRequest().send().join().getGatewayVersion();
        } catch (RuntimeException e) {
            zeebe = "unknown";
        }
        info.put("Zeebe", zeebe + " (one broker, one partition; heap "
                + env.getProperty("careflow.runtime.zeebe.heap", "768m") + ")");
        info.put("Camunda client", "gRPC; job workers: poll interval "
                + env.getProperty("camunda.client.worker.defaults.poll-interval", "100ms") + ", "
                + env.getProperty("camunda.client.worker.defaults.max-jobs-active", "32")
                + " jobs per activation, " + env.getProperty("camunda.client.execution-threads", "1")
                + " execution thread(s) per application");
        info.put("MongoDB", "mongo-java-server with its H2 backend, in the benchmark's JVM");
        if (settings.runs("search")) {
            info.put("Elasticsearch", "one node as a child process, heap "
                    + env.getProperty("careflow.runtime.elasticsearch.heap", "512m") + "; the bench's indices are "
                    + env.getProperty("careflow.search.index-prefix", "careflow") + "-*");
        }
        return info;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
