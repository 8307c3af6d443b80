package com.careflow.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.careflow.domain.engine.Workflows;
import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;
import com.careflow.domain.process.ServiceOrderProcess;

/**
 * What the order's process port hands the engine: the order number as business key, the appointment's timer dates
 * beside its start, and the message ids and times to live that make a double submit count once.
 */
class EngineOrderProcessTest {

    static final String ORDER = "ORD20250101000100";
    /** 09:30 in Shanghai. */
    static final String START = "2030-03-02T09:30:00+08:00";
    static final Instant START_INSTANT = Instant.parse("2030-03-02T01:30:00Z");

    RecordingWorkflows workflows = new RecordingWorkflows();
    static final Instant NOW = Instant.parse("2030-03-01T02:00:00Z");
    EngineOrderProcess process = new EngineOrderProcess(workflows, java.time.Clock.fixed(NOW,
            java.time.ZoneId.of("Asia/Shanghai")));

    @Test
    void startsTheServiceOrderWithTheOrderNumberAsBusinessKeyAndTheAppointmentsTimerDates() {
        String id = process.start(new OrderPlaced(ORDER, new BigDecimal("199.00"), "customer", "svc-1", "ESCORT",
                "北京", 120, START, NOW.plus(Duration.ofMinutes(30))));

        assertThat(id).isEqualTo("instance-1");
        Started started = workflows.started.getFirst();
        assertThat(started.processId()).isEqualTo(ServiceOrderProcess.PROCESS_ID);
        assertThat(started.businessKey()).isEqualTo(ORDER);
        assertThat(started.variables()).containsEntry("orderNumber", ORDER).containsEntry("city", "北京")
                .containsEntry("durationMinutes", 120)
                // the start keeps its offset (reminders quote it); the timers get dates
                .containsEntry(AppointmentProcess.VAR_APPOINTMENT_START, START)
                .containsEntry(AppointmentProcess.VAR_REMIND_DAY_BEFORE_AT,
                        Date.from(START_INSTANT.minus(Duration.ofHours(24))))
                .containsEntry(AppointmentProcess.VAR_REMIND_HOUR_BEFORE_AT,
                        Date.from(START_INSTANT.minus(Duration.ofHours(1))))
                .containsEntry(AppointmentProcess.VAR_CHECK_IN_DEADLINE,
                        Date.from(START_INSTANT.plus(Duration.ofMinutes(15))))
                // the payment timer waits for the deadline fixed at placement
                .containsEntry(ServiceOrderProcess.VAR_PAYMENT_DEADLINE, Date.from(NOW.plus(Duration.ofMinutes(30))));
    }

    @Test
    void aRescheduleCarriesTheNewStartAndItsTimerDatesUnderOneIdPerTargetTime() {
        process.rescheduled(ORDER, START);
        process.rescheduled(ORDER, "2030-03-03T10:00:00+08:00");

        Sent first = workflows.sent.getFirst();
        assertThat(first.message()).isEqualTo(AppointmentProcess.MESSAGE_RESCHEDULED);
        assertThat(first.businessKey()).isEqualTo(ORDER);
        assertThat(first.messageId()).isEqualTo("rescheduled:" + ORDER + ":" + START);
        assertThat(first.timeToLive()).isEqualTo(EngineOrderProcess.ACTION_MESSAGE_TTL);
        assertThat(first.variables()).containsEntry(AppointmentProcess.VAR_APPOINTMENT_START, START)
                .containsEntry(AppointmentProcess.VAR_REMIND_DAY_BEFORE_AT,
                        Date.from(START_INSTANT.minus(Duration.ofHours(24))));
        assertThat(workflows.sent.get(1).messageId()).isNotEqualTo(first.messageId());
    }

    @Test
    void messagesAreSentByOrderNumberWithStableIdsAndTheirTimesToLive() {
        process.submitPayment(ORDER, new PaymentSubmitted("4242", "VISA", 2));
        process.requestCancel(ORDER, "customer");
        process.orderGrabbed(ORDER, "provider-1");
        process.providerCheckedIn(ORDER);
        process.complaintDecided(ORDER, true);

        assertThat(workflows.sent).extracting(Sent::message, Sent::messageId, Sent::timeToLive).containsExactly(
                tuple(ServiceOrderProcess.MESSAGE_PAYMENT_SUBMITTED, "payment:" + ORDER + ":2",
                        EngineOrderProcess.PAYMENT_MESSAGE_TTL),
                tuple(ServiceOrderProcess.MESSAGE_CANCEL_REQUESTED, "cancel:" + ORDER,
                        EngineOrderProcess.ACTION_MESSAGE_TTL),
                tuple(GrabOrderProcess.MESSAGE_ORDER_GRABBED, "grabbed:" + ORDER,
                        EngineOrderProcess.GRAB_MESSAGE_TTL),
                tuple(AppointmentProcess.MESSAGE_PROVIDER_CHECKED_IN,
                        "checkin:" + ORDER, EngineOrderProcess.ACTION_MESSAGE_TTL),
                tuple(ServiceOrderProcess.MESSAGE_COMPLAINT_DECIDED,
                        "complaint-decided:" + ORDER, EngineOrderProcess.ACTION_MESSAGE_TTL));
        assertThat(workflows.sent).extracting(Sent::businessKey).containsOnly(ORDER);
        assertThat(workflows.sent.getFirst().variables()).containsEntry("cardLast4", "4242")
                .containsEntry("cardBrand", "VISA").containsEntry(ServiceOrderProcess.VAR_PAYMENT_ATTEMPT, 2);
        assertThat(workflows.sent.get(2).variables()).containsEntry("providerId", "provider-1");
        assertThat(workflows.sent.getLast().variables()).containsEntry("complaintApproved", true);
    }

    @Test
    void aCompletionCanBeSentAgainAfterTheProcessRefusedAnEarlyOneButADoubleClickIsOneMessage() {
        process.serviceCompleted(ORDER);
        process.serviceCompleted(ORDER);
        EngineOrderProcess later = new EngineOrderProcess(workflows, java.time.Clock.fixed(
                NOW.plus(Duration.ofMinutes(40)), java.time.ZoneId.of("Asia/Shanghai")));
        later.serviceCompleted(ORDER);

        assertThat(workflows.sent).extracting(Sent::messageId).satisfies(ids -> {
            assertThat(ids.get(0)).isEqualTo(ids.get(1)).startsWith("completed:" + ORDER + ":");
            assertThat(ids.get(2)).isNotEqualTo(ids.get(0));
        });
    }

    record Started(String processId, String businessKey, Map<String, Object> variables) {
    }

    record Sent(String message, String businessKey, String messageId, Duration timeToLive,
            Map<String, Object> variables) {
    }

    /** The port's calls, recorded. */
    static final class RecordingWorkflows implements Workflows {

        final List<Started> started = new ArrayList<>();
        final List<Sent> sent = new ArrayList<>();

        @Override
        public String start(String processId, String businessKey, Map<String, Object> variables) {
            started.add(new Started(processId, businessKey, variables));
            return "instance-" + started.size();
        }

        @Override
        public void send(String message, String businessKey, String messageId, Duration timeToLive,
                Map<String, Object> variables) {
            sent.add(new Sent(message, businessKey, messageId, timeToLive, variables));
        }

        @Override
        public void cancel(String businessKey, String reason) {
            throw new UnsupportedOperationException("the portal does not cancel instances");
        }
    }
}
