package com.careflow.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.careflow.worker.RecordingTaskService.Completed;
import com.careflow.worker.RecordingTaskService.Errored;
import com.careflow.worker.RecordingTaskService.Failed;

/** What the subscription tells the engine for each outcome of a topic worker method. */
class TopicHandlerTest {

    private static final Duration DEFAULT_BACKOFF = Duration.ofSeconds(5);

    record Input(String orderNumber, int attempts) {
    }

    record Output(String slotId, Instant reservedUntil, List<String> providers) {
    }

    /** The workers the tests run; each answers the way its name says. */
    public static class Workers {

        Input lastInput;
        String lastTemplate;
        Map<String, String> lastHeaders;
        String lastActivityInstance;

        @TopicWorker("slot.reserve")
        public Output reserve(Input in, @Var("template") String template, @Headers Map<String, String> headers,
                @ActivityInstanceId String activityInstance) {
            lastInput = in;
            lastTemplate = template;
            lastHeaders = headers;
            lastActivityInstance = activityInstance;
            return new Output("S-" + in.orderNumber(), Instant.parse("2025-03-08T09:00:00Z"), List.of("p1", "p2"));
        }

        @TopicWorker("void.step")
        public void nothingToSay() {
        }

        @TopicWorker("slot.taken")
        public void slotTaken() {
            throw new BpmnError("SLOT_UNAVAILABLE", "slot S1 is taken", Map.of("freeSlots", List.of("S2")));
        }

        @TopicWorker("hopeless")
        public void hopeless() {
            throw TaskFailure.hopeless("Cannot charge order O1: card 42 is not four digits");
        }

        @TopicWorker("later")
        public void later() {
            throw TaskFailure.retryLater("Failed to send mail, will retry: SMTP down", Duration.ofSeconds(7));
        }

        @TopicWorker("gateway")
        public void gatewayDown() {
            throw TaskFailure.retryLaterThenError("Charging order O1 failed, will retry: gateway down",
                    Duration.ofSeconds(7), null, "PAYMENT_GATEWAY_UNAVAILABLE");
        }

        @TopicWorker(value = "notify.customer", retries = 5)
        public void fiveTries() {
            throw TaskFailure.retryLater("SMTP down", Duration.ofSeconds(7));
        }

        @TopicWorker("unclassified")
        public void unclassified() {
            throw new IllegalStateException("Mongo unreachable\n\tsecond line");
        }

        @TopicWorker("bad.argument")
        public void badArgument() {
            throw new IllegalArgumentException("variable orderNumber is missing");
        }
    }

    private final Workers workers = new Workers();
    private final RecordingTaskService service = new RecordingTaskService();

    @Test
    void completesWithTheReturnedRecordAsVariables() {
        FakeExternalTask task = new FakeExternalTask("slot.reserve", null,
                Map.of("orderNumber", "O1", "attempts", 2L, "template", "order-confirmed", "other", true),
                Map.of("reason", "customer"));

        handler("reserve").execute(task, service);

        assertThat(workers.lastInput).isEqualTo(new Input("O1", 2));
        assertThat(workers.lastTemplate).as("@Var").isEqualTo("order-confirmed");
        assertThat(workers.lastHeaders).as("@Headers: the task's extension properties")
                .isEqualTo(Map.of("reason", "customer"));
        assertThat(workers.lastActivityInstance).isEqualTo("ServiceTask:slot.reserve");
        assertThat(service.calls).containsExactly(new Completed(task.getId(), Map.of(
                "slotId", "S-O1",
                "reservedUntil", Date.from(Instant.parse("2025-03-08T09:00:00Z")),
                "providers", "[\"p1\",\"p2\"]")));
    }

    @Test
    void aMissingVarIsNull() {
        handler("reserve").execute(new FakeExternalTask("slot.reserve", null, Map.of("orderNumber", "O1"), Map.of()),
                service);

        assertThat(workers.lastTemplate).isNull();
        assertThat(workers.lastHeaders).isEmpty();
        assertThat(service.calls).singleElement().isInstanceOf(Completed.class);
    }

    @Test
    void voidCompletesWithoutVariables() {
        FakeExternalTask task = task("void.step", null);

        handler("nothingToSay").execute(task, service);

        assertThat(service.calls).containsExactly(new Completed(task.getId(), Map.of()));
    }

    @Test
    void bpmnErrorGoesToTheModelsBoundaryWithItsVariables() {
        FakeExternalTask task = task("slot.taken", null);

        handler("slotTaken").execute(task, service);

        assertThat(service.calls).containsExactly(new Errored(task.getId(), "SLOT_UNAVAILABLE", "slot S1 is taken",
                Map.of("freeSlots", "[\"S2\"]")));
    }

    @Test
    void hopelessLeavesNoRetriesSoTheIncidentShowsAtOnce() {
        handler("hopeless").execute(task("hopeless", 3), service);

        Failed failed = failure();
        assertThat(failed.retries()).isZero();
        assertThat(failed.message()).isEqualTo("Cannot charge order O1: card 42 is not four digits");
    }

    @Test
    void retryLaterUsesOneRetryAndTheBackoff() {
        handler("later").execute(task("later", 3), service);

        Failed failed = failure();
        assertThat(failed.retries()).isEqualTo(2);
        assertThat(failed.backoffMillis()).isEqualTo(7_000);
        assertThat(failed.message()).isEqualTo("Failed to send mail, will retry: SMTP down");
    }

    @Test
    void theFirstFailureStartsFromTheAnnotationsRetries() {
        handler("later").execute(task("later", null), service);
        handler("fiveTries").execute(task("notify.customer", null), service);

        assertThat(service.calls).extracting(call -> ((Failed) call).retries()).containsExactly(2, 4);
    }

    @Test
    void theLastRetryRaisesTheIncident() {
        handler("later").execute(task("later", 1), service);

        assertThat(failure().retries()).isZero();
    }

    @Test
    void aFailureWithAnAnswerInTheModelIsRetriedAndThenGoesToItsErrorBoundaryInsteadOfAnIncident() {
        handler("gatewayDown").execute(task("gateway", 2), service);
        FakeExternalTask last = task("gateway", 1);
        handler("gatewayDown").execute(last, service);

        assertThat(service.calls).hasSize(2);
        assertThat(((Failed) service.calls.get(0)).retries()).isEqualTo(1);
        assertThat(service.calls.get(1)).isEqualTo(new Errored(last.getId(), "PAYMENT_GATEWAY_UNAVAILABLE",
                "Charging order O1 failed, will retry: gateway down", Map.of()));
    }

    @Test
    void anUnclassifiedExceptionIsRetriedAfterTheDefaultBackoffWithAOneLineMessage() {
        handler("unclassified").execute(task("unclassified", 3), service);

        Failed failed = failure();
        assertThat(failed.retries()).isEqualTo(2);
        assertThat(failed.backoffMillis()).isEqualTo(DEFAULT_BACKOFF.toMillis());
        assertThat(failed.message())
                .isEqualTo("Failed to work on unclassified, will retry: java.lang.IllegalStateException: Mongo unreachable");
        assertThat(failed.details()).as("the stack trace, for the incident's details")
                .contains("second line", "TopicHandlerTest$Workers.unclassified");
    }

    @Test
    void anIllegalArgumentIsBadInputAndRaisesTheIncidentAtOnce() {
        handler("badArgument").execute(task("bad.argument", 3), service);

        Failed failed = failure();
        assertThat(failed.retries()).isZero();
        assertThat(failed.message()).isEqualTo("Cannot work on bad.argument: variable orderNumber is missing");
    }

    @Test
    void variablesThatDoNotFitTheRecordRaiseTheIncidentWithoutCallingTheWorker() {
        handler("reserve").execute(new FakeExternalTask("slot.reserve", 3,
                Map.of("orderNumber", "O1", "attempts", "many"), Map.of()), service);

        assertThat(workers.lastInput).isNull();
        Failed failed = failure();
        assertThat(failed.retries()).isZero();
        assertThat(failed.message()).startsWith("Cannot work on slot.reserve: variables do not fit Input");
    }

    @Test
    void aLongMessageIsCutToWhatTheEngineKeeps() {
        assertThat(TopicHandler.oneLine("x".repeat(2_000))).hasSize(600).endsWith("…");
        assertThat(TopicHandler.oneLine(null)).isEqualTo("failed");
    }

    private TopicHandler handler(String methodName) {
        Method method = Arrays.stream(Workers.class.getMethods())
                .filter(m -> m.getName().equals(methodName))
                .findFirst().orElseThrow();
        return new TopicHandler(workers, method, DEFAULT_BACKOFF);
    }

    private static FakeExternalTask task(String topic, Integer retries) {
        return new FakeExternalTask(topic, retries, Map.of(), Map.of());
    }

    private Failed failure() {
        assertThat(service.calls).hasSize(1);
        return (Failed) service.calls.get(0);
    }
}
