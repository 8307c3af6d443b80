package com.careflow.processes;

import static com.careflow.domain.process.CertificationProcess.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ProcessInstanceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.careflow.domain.process.CertificationApplied;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.process.ReviewDecision;

/**
 * certification.bpmn on a real Zeebe 8.6 broker: rejection by the checks, by the reviewer, an approval through the
 * renewal reminder to the expiry (moving the broker clock), and a renewal ending the old certificate's wait. The
 * review task is claimed and completed through the REST user-task API, as the portal's inbox does, with its due
 * date, follow-up date and priority fed by the checks' output.
 */
class CertificationProcessTest {

    @RegisterExtension
    static final ProcessTestBroker broker = new ProcessTestBroker(26980);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final String CHECKS = "RunChecks";
    private static final String GRANT = "GrantCertificate";

    @Test
    void failedChecksRejectAtOnceAndTellTheApplicant() {
        Scenario application = broker.scenario("APP-CHECKS").on(CHECKS, checks(false, Instant.now()));

        Map<String, Object> end = broker.start(PROCESS_ID, applied(application)).join().getVariablesAsMap();

        assertThat(application.elements()).containsExactly(CHECKS, "RejectApplication", "TellRejected");
        assertThat(application.jobs()).containsExactly("certify.check", "certify.reject",
                "notify.applicant[certification-rejected]");
        assertThat(application.last("RejectApplication").header(CertificationProcess.HEADER_SOURCE))
                .isEqualTo(CertificationProcess.SOURCE_CHECKS);
        assertThat(end).containsEntry("checksPassed", false);
    }

    @Test
    void aReviewerRejectsWithReasonsThatReachTheRejection() {
        Scenario application = broker.scenario("APP-REVIEWED").on(CHECKS, checks(true, Instant.now()));
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, applied(application));
        broker.awaitJob(application, CHECKS);

        long task = broker.claimUserTask(application, "reviewer-1");
        assertThat(broker.claim(task, "reviewer-2").statusCode()).as("claimed by reviewer-1").isEqualTo(409);
        broker.completeUserTask(task, decision(new ReviewDecision(false, List.of("LEVEL_NOT_JUSTIFIED"),
                "资质与等级不符", "reviewer-1", "王磊")));
        done.join();

        assertThat(application.elements()).containsExactly(CHECKS, "RejectAfterReview", "TellRejected");
        JobCall rejection = application.last("RejectAfterReview");
        assertThat(rejection.header(CertificationProcess.HEADER_SOURCE)).isEqualTo(CertificationProcess.SOURCE_REVIEWER);
        assertThat(rejection.variables()).containsEntry("reviewReasons", List.of("LEVEL_NOT_JUSTIFIED"))
                .containsEntry("reviewerId", "reviewer-1").containsEntry("reviewNote", "资质与等级不符");
    }

    @Test
    void anApprovedCertificateIsRemindedThirtyDaysBeforeAndExpires() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        broker.pinClock(now);
        Instant expires = now.plus(Duration.ofDays(365));
        Instant reminder = expires.minus(Duration.ofDays(30));
        Scenario application = broker.scenario("APP-APPROVED").on(CHECKS, checks(true, now))
                .on(GRANT, Reply.complete(Map.of("expiresAt", iso(expires), "renewalReminderAt", iso(reminder))));
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, applied(application));
        broker.awaitJob(application, CHECKS);
        broker.completeUserTask(broker.claimUserTask(application, "reviewer-1"),
                decision(new ReviewDecision(true, List.of(), null, "reviewer-1", "王磊")));
        broker.awaitJob(application, "TellApproved");

        broker.pinClock(reminder.minusSeconds(60));
        assertThat(application.count("RemindRenewal")).as("not before the reminder is due").isZero();
        broker.moveClockUntilJob(reminder.plusSeconds(1), application, "RemindRenewal", 1);
        assertThat(application.count("ExpireCertificate")).as("not before the expiry").isZero();
        broker.moveClockUntilDone(expires.plusSeconds(1), done);

        assertThat(application.jobs()).containsExactly("certify.check", "certify.grant",
                "notify.applicant[certification-approved]", "notify.applicant[certification-renewal]",
                "certify.expire", "notify.applicant[certification-expired]");
        assertThat(application.last(GRANT).variables()).containsEntry("reviewerName", "王磊");
    }

    @Test
    void aRenewalEndsTheOldCertificatesWaitBeforeItsReminderAndAfterIt() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        broker.pinClock(now);
        Waiting early = approvedAndWaiting("APP-OLD-1", now);
        Waiting late = approvedAndWaiting("APP-OLD-2", now);

        broker.publish(CertificationProcess.MESSAGE_RENEWED, renewalKey(early.application()),
                Map.of("renewedBy", "APP-NEW-1"));
        early.done().join();
        broker.moveClockUntilJob(now.plus(Duration.ofDays(335)).plusSeconds(1), late.application(), "RemindRenewal", 1);
        broker.publish(CertificationProcess.MESSAGE_RENEWED, renewalKey(late.application()),
                Map.of("renewedBy", "APP-NEW-2"));

        assertThat(late.done().join().getVariablesAsMap()).containsEntry("renewedBy", "APP-NEW-2");
        assertThat(early.application().elements()).containsExactly(CHECKS, GRANT, "TellApproved");
        assertThat(late.application().elements()).containsExactly(CHECKS, GRANT, "TellApproved", "RemindRenewal");
    }

    private record Waiting(Scenario application, CamundaFuture<ProcessInstanceResult> done) {
    }

    /** Approved, certificate for a year from {@code now}: the instance waits for the reminder. */
    private static Waiting approvedAndWaiting(String applicationId, Instant now) {
        Instant expires = now.plus(Duration.ofDays(365));
        Scenario application = broker.scenario(applicationId).on(CHECKS, checks(true, now))
                .on(GRANT, Reply.complete(Map.of("expiresAt", iso(expires),
                        "renewalReminderAt", iso(expires.minus(Duration.ofDays(30))))));
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, applied(application));
        broker.awaitJob(application, CHECKS);
        broker.completeUserTask(broker.claimUserTask(application, "reviewer-1"),
                decision(new ReviewDecision(true, List.of(), null, "reviewer-1", "王磊")));
        broker.awaitJob(application, "TellApproved");
        return new Waiting(application, done);
    }

    /** The application's applicant is {@code applicant-<application id>}. */
    private static Map<String, Object> applied(Scenario application) {
        return variables(new CertificationApplied(application.orderNumber(), "applicant-" + application.orderNumber(),
                "COMPANION_ESCORT", "STANDARD", renewalKey(application)));
    }

    private static String renewalKey(Scenario application) {
        return CertificationProcess.renewalKey("applicant-" + application.orderNumber(), "COMPANION_ESCORT");
    }

    /** certify.check's output: the verdict and the review task's schedule (as the worker computes it). */
    private static Reply checks(boolean passed, Instant now) {
        return Reply.complete(Map.of("checksPassed", passed, "reviewDueDate", iso(now.plus(Duration.ofDays(2))),
                "reviewFollowUpDate", iso(now.plus(Duration.ofDays(1))), "reviewPriority", 70));
    }

    private static String iso(Instant instant) {
        return OffsetDateTime.ofInstant(instant, CHINA).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(Object record) {
        return JSON.convertValue(record, Map.class);
    }

    private static String decision(ReviewDecision decision) {
        try {
            return JSON.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
