package com.careflow.processes;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ActivatedJob;
import io.camunda.client.api.response.ProcessInstanceResult;
import io.camunda.client.api.worker.JobClient;
import io.camunda.client.api.worker.JobWorker;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.runtime.StandaloneZeebe;

/**
 * One real Zeebe broker (the 8.6 distribution the runtime module unpacked) per test class, with the three models of
 * this folder deployed and a scripted handler on every job type the models use. Each class passes its own base
 * port (gRPC = base, command = +1, internal = +2, REST = +8, monitoring = +9), so classes never collide with each
 * other or with a CareFlow running on the default ports.
 */
final class ProcessTestBroker implements BeforeAllCallback, AfterAllCallback, AfterEachCallback {

    static final List<String> MODELS = List.of(
            "service-order.bpmn",
            "grab-order.bpmn",
            "appointment.bpmn",
            "content-review.bpmn",
            "certification.bpmn");
    /** Variables that name the business object an instance is about: a scenario is filed under its value. */
    static final List<String> BUSINESS_KEYS = List.of("orderNumber", "contentId", "applicationId");
    /** How far past the last job key a user task's key may lie (element, flow and variable keys come between). */
    private static final int USER_TASK_KEY_PROBES = 60;
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final int basePort;
    private final Map<String, Scenario> scenarios = new ConcurrentHashMap<>();
    private final Map<String, Long> lastJobKeys = new ConcurrentHashMap<>();
    private final List<JobWorker> workers = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private Path dataDir;
    private StandaloneZeebe broker;
    private CamundaClient client;

    ProcessTestBroker(int basePort) {
        this.basePort = basePort;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        // outside processes/: the domain build copies that folder into its jar (see the report to the lead)
        dataDir = Files.createTempDirectory("careflow-processes-" + basePort + "-");
        broker = StandaloneZeebe.start(TestBrokers.properties(basePort, dataDir, Map.of()));
        client = broker.newClient();
        var deploy = client.newDeployResourceCommand().addResourceFile(MODELS.get(0));
        MODELS.stream().skip(1).forEach(deploy::addResourceFile);
        deploy.requestTimeout(Duration.ofSeconds(60)).send().join(); // a busy machine deploys slowly
        for (String type : jobTypes()) {
            workers.add(client.newWorker().jobType(type).handler(this::handle).name("scripted")
                    .timeout(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).open());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        resetClock();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        workers.forEach(JobWorker::close);
        if (client != null) {
            client.close();
        }
        if (broker != null) {
            broker.close();
        }
        if (dataDir != null) {
            try {
                TestBrokers.deleteRecursively(dataDir);
            } catch (IOException e) {
                System.err.println("could not delete " + dataDir + ": " + e);
            }
        }
    }

    Scenario scenario(String orderNumber) {
        Scenario scenario = new Scenario(orderNumber);
        scenarios.put(orderNumber, scenario);
        return scenario;
    }

    /** Starts an instance and answers once it has completed, with its final variables. */
    CamundaFuture<ProcessInstanceResult> start(String processId, Map<String, ?> variables) {
        return client.newCreateInstanceCommand().bpmnProcessId(processId).latestVersion().variables(variables)
                .withResult().requestTimeout(Duration.ofSeconds(90)).send();
    }

    /** Publishes with a short TTL, so a message that arrives just before its catch event opens still correlates. */
    void publish(String messageName, String orderNumber, Map<String, ?> variables) {
        client.newPublishMessageCommand().messageName(messageName).correlationKey(orderNumber).variables(variables)
                .timeToLive(Duration.ofMinutes(1)).send().join();
    }

    void publish(String messageName, String orderNumber) {
        publish(messageName, orderNumber, Map.of());
    }

    /** Waits until the scenario has seen {@code times} jobs of the element. */
    void awaitJob(Scenario scenario, String elementId, int times) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(50))
                .untilAsserted(() -> org.assertj.core.api.Assertions.assertThat(scenario.count(elementId))
                        .as("%s jobs of %s; jobs so far: %s", elementId, scenario.orderNumber(), scenario.jobs())
                        .isGreaterThanOrEqualTo(times));
    }

    void awaitJob(Scenario scenario, String elementId) {
        awaitJob(scenario, elementId, 1);
    }

    /**
     * Moves the engine clock to {@code time} and waits for the job a timer there leads to. The clock is pinned
     * again on every poll, since the timer may only be created after the first pin (the step before it is still
     * completing). Found on 8.6: a timer created while the pinned clock is already past its due date is not
     * triggered by pinning the same time again, so move the clock in steps as real time would (each timer created
     * before the clock passes it).
     */
    void moveClockUntilJob(Instant time, Scenario scenario, String elementId, int times) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> {
            pinClock(time);
            org.assertj.core.api.Assertions.assertThat(scenario.count(elementId))
                    .as("%s jobs of %s after moving the clock to %s; jobs so far: %s", elementId,
                            scenario.orderNumber(), time, scenario.jobs())
                    .isGreaterThanOrEqualTo(times);
        });
    }

    /** Moves the engine clock to {@code time} until the instance behind {@code done} has completed. */
    void moveClockUntilDone(Instant time, CamundaFuture<ProcessInstanceResult> done) {
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).until(() -> {
            pinClock(time);
            return done.isDone();
        });
    }

    void pinClock(Instant time) {
        send(HttpRequest.newBuilder(clockUri(""))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"timestamp\": " + time.toEpochMilli() + "}")));
    }

    void resetClock() {
        send(HttpRequest.newBuilder(clockUri("/reset")).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The ISO value of {@code appointmentStart} for an instant, as the portal writes it. */
    static String iso(Instant time) {
        return AppointmentTimes.iso(LocalDateTime.ofInstant(time, AppointmentTimes.ZONE));
    }

    private void handle(JobClient jobClient, ActivatedJob job) {
        Map<String, Object> variables = job.getVariablesAsMap();
        String businessKey = businessKey(variables);
        Scenario scenario = businessKey == null ? null : scenarios.get(businessKey);
        if (scenario == null) {
            Reply.ordinary(job).answer(jobClient, job);
            return;
        }
        JobCall call = new JobCall(job.getBpmnProcessId(), job.getElementId(), job.getType(),
                job.getCustomHeaders(), variables);
        scenario.received(call);
        lastJobKeys.merge(businessKey, job.getKey(), Math::max);
        scenario.replyTo(job).answer(jobClient, job);
        scenario.answered(call);
    }

    private static String businessKey(Map<String, Object> variables) {
        return BUSINESS_KEYS.stream().map(variables::get).filter(value -> value != null).map(String::valueOf)
                .findFirst().orElse(null);
    }

    /**
     * Claims the user task the scenario's instance is waiting in for {@code assignee} through the REST user-task
     * API, and returns its key. 8.6 has no task search without Tasklist (the portal reads the exporter's
     * user_tasks), so the key is found by claiming the keys after the scenario's last job: keys are handed out in
     * sequence per partition, a key that is no user task answers 404, and the test runs one instance at a time.
     */
    long claimUserTask(Scenario scenario, String assignee) {
        long[] found = new long[1];
        await().atMost(WAIT).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> found[0] =
                tryClaimUserTask(scenario, assignee).orElseThrow(() -> new AssertionError("no open user task of "
                        + scenario.orderNumber() + " after its last job")));
        return found[0];
    }

    /** One pass of {@link #claimUserTask}: empty when no open user task follows the scenario's last job (yet). */
    OptionalLong tryClaimUserTask(Scenario scenario, String assignee) {
        Long after = lastJobKeys.get(scenario.orderNumber());
        if (after == null) {
            throw new AssertionError("no job of " + scenario.orderNumber() + " ran yet");
        }
        for (long key = after + 1; key <= after + USER_TASK_KEY_PROBES; key++) {
            if (claim(key, assignee).statusCode() == 204) {
                return OptionalLong.of(key);
            }
        }
        return OptionalLong.empty();
    }

    /** Claims without taking it from someone else (allowOverride false), as the inbox does. */
    HttpResponse<String> claim(long key, String assignee) {
        return userTask(key, "/assignment", "{\"assignee\": \"" + assignee
                + "\", \"action\": \"claim\", \"allowOverride\": false}");
    }

    /**
     * POST /v2/user-tasks/{key}{action} with a JSON body (assignment: claim; completion: variables), as the
     * portal's inbox does. Answers the response, so a test can assert refusals (409 already claimed, 404 gone).
     */
    HttpResponse<String> userTask(long key, String action, String json) {
        return exchange(HttpRequest.newBuilder(broker.restAddress().resolve("/v2/user-tasks/" + key + action))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Completes a user task with these variables (JSON object text) through the REST API; expects 204. */
    void completeUserTask(long key, String variablesJson) {
        HttpResponse<String> response = userTask(key, "/completion", "{\"variables\": " + variablesJson + "}");
        if (response.statusCode() != 204) {
            throw new AssertionError("completing user task " + key + ": HTTP " + response.statusCode() + " "
                    + response.body());
        }
    }

    private HttpResponse<String> exchange(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("clock: HTTP " + response.statusCode() + " " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI clockUri(String suffix) {
        return broker.restAddress().resolve("/v2/clock" + suffix);
    }

    /** Every JOB_* constant of the three process classes, so a new job type in a model gets a handler too. */
    private static Set<String> jobTypes() {
        Set<String> types = new LinkedHashSet<>();
        for (Class<?> ids : List.of(ServiceOrderProcess.class, GrabOrderProcess.class, AppointmentProcess.class,
                ContentReviewProcess.class, CertificationProcess.class)) {
            for (Field field : ids.getFields()) {
                if (field.getName().startsWith("JOB_") && Modifier.isStatic(field.getModifiers())) {
                    try {
                        types.add((String) field.get(null));
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
        return types;
    }
}
