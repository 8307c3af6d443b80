package com.careflow.bench;

import static com.careflow.domain.process.GrabOrderProcess.JOB_AUTO_ASSIGN;
import static com.careflow.domain.process.GrabOrderProcess.JOB_EXPIRE_ROUND;
import static com.careflow.domain.process.GrabOrderProcess.JOB_OPEN_OFFER;
import static com.careflow.domain.process.GrabOrderProcess.JOB_RANK_PROVIDERS;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_CHARGE_PAYMENT;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_CONFIRM_ORDER;
import static com.careflow.domain.process.ServiceOrderProcess.JOB_REPLACE_PROVIDER;
import static com.careflow.domain.process.AppointmentProcess.JOB_RECORD_NO_SHOW;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;

/**
 * The baseline: a plain job worker for every job type of the deployed models that completes the job at once with
 * the variables the model routes on (payment approved, offer open, nobody ranked…), doing no work of its own. The
 * workers use the same client and defaults as the platform's {@code @JobWorker}s (poll interval, jobs per
 * activation, execution threads), so the difference to the real run is the work the real workers do.
 */
final class NoopWorkers implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(NoopWorkers.class);
    static final String MODELS = "classpath*:/processes/*.bpmn";
    private static final Pattern TASK_TYPE = Pattern.compile("<zeebe:taskDefinition[^>]*\\btype=\"([^\"=][^\"]*)\"");

    private final List<JobWorker> workers = new ArrayList<>();
    private final Confirmations confirmations;
    private final ProviderBot bot;
    private final AtomicLong handled = new AtomicLong();
    private volatile boolean closing;

    private NoopWorkers(Confirmations confirmations, ProviderBot bot) {
        this.confirmations = confirmations;
        this.bot = bot;
    }

    static NoopWorkers open(CamundaClient camunda, Confirmations confirmations, ProviderBot bot) {
        NoopWorkers noop = new NoopWorkers(confirmations, bot);
        for (String type : jobTypes()) {
            noop.workers.add(camunda.newWorker()
                    .jobType(type)
                    .handler(noop::handle)
                    .name("bench-noop")
                    .fetchVariables("orderNumber")
                    .open());
        }
        return noop;
    }

    /** Every static job type of the models the platform deploys. */
    static Set<String> jobTypes() {
        Set<String> types = new TreeSet<>();
        try {
            for (Resource model : new PathMatchingResourcePatternResolver().getResources(MODELS)) {
                try (InputStream in = model.getInputStream()) {
                    Matcher m = TASK_TYPE.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        types.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (types.isEmpty()) {
            throw new IllegalStateException("No job types found in " + MODELS + ": are the models on the classpath?");
        }
        return types;
    }

    /** Jobs handled so far; the run waits until this stops moving before closing the workers. */
    long handled() {
        return handled.get();
    }

    private void handle(JobClient client, ActivatedJob job) {
        if (closing) {
            // a poll that was under way when the worker closed still delivers jobs: hand them back untouched, at
            // once, so the real worker that comes next gets them
            client.newFailCommand(job.getKey()).retries(job.getRetries())
                    .errorMessage("benchmark: the no-op worker has closed").send();
            return;
        }
        String orderNumber = String.valueOf(job.getVariablesAsMap().get("orderNumber"));
        String type = job.getType();
        if (type.equals(JOB_CONFIRM_ORDER)) {
            confirmations.confirmed(orderNumber, "no-op confirm job");
        } else if (type.equals(JOB_OPEN_OFFER)) {
            bot.offerOpened(orderNumber);
        }
        // asynchronously, as the platform's @JobWorkers complete their jobs (the SDK does not wait either)
        client.newCompleteCommand(job.getKey()).variables(outputs(type, orderNumber)).send()
                .whenComplete((done, failure) -> {
                    if (failure != null) {
                        log.warn("Could not complete the no-op {} job of order {}: {}", type, orderNumber,
                                failure.toString());
                    }
                    handled.incrementAndGet();
                });
    }

    /** What the real worker of {@code type} hands back on its happy path; nothing for the others. */
    private static Map<String, Object> outputs(String type, String orderNumber) {
        Map<String, Object> out = new HashMap<>();
        switch (type) {
            case JOB_CHARGE_PAYMENT -> {
                out.put("paymentApproved", true);
                out.put("paymentId", "noop-" + orderNumber);
                out.put("declineReason", null);
            }
            case JOB_OPEN_OFFER -> {
                out.put("offerWindow", "PT10M");
                out.put("offerRound", 1);
                out.put("offerOutcome", "OPEN");
                out.put("providerId", null);
            }
            case JOB_EXPIRE_ROUND -> out.put("offerOutcome", "EXHAUSTED");
            case JOB_RANK_PROVIDERS -> out.put("rankedProviders", List.of());
            case JOB_AUTO_ASSIGN -> {
                out.put("providerId", null);
                out.put("assignedBy", "AUTO");
            }
            case JOB_RECORD_NO_SHOW -> out.put("checkedIn", false);
            case JOB_REPLACE_PROVIDER -> out.put("replacementFound", false);
            default -> { /* nothing to route on */ }
        }
        return out;
    }

    /** Stops taking jobs and waits (at most 30 s) until every worker's last poll has come back. */
    @Override
    public void close() {
        closing = true;
        workers.forEach(JobWorker::close);
        long deadline = System.currentTimeMillis() + 30_000;
        while (workers.stream().anyMatch(w -> !w.isClosed()) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
