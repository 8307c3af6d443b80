package com.careflow.processes;

import static com.careflow.domain.process.CertificationProcess.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.task.Task;

import com.careflow.domain.process.CertificationApplied;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.process.ReviewDecision;

/**
 * certification.bpmn: rejection by the checks, by the reviewer, an approval through the renewal reminder to the
 * expiry (moving the engine clock), and a renewal ending the old certificate's wait, before its reminder and after.
 */
class CertificationProcessTest extends ProcessTest {

    private static final String CHECKS = "RunChecks";
    private static final String GRANT = "GrantCertificate";
    private static final Duration YEAR = Duration.ofDays(365);
    private static final Duration REMINDER_BEFORE = Duration.ofDays(30);

    private Instant now;

    @BeforeEach
    void pinTheClock() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        driver.pinClock(now);
    }

    @Test
    void failedChecksRejectAtOnceAndTellTheApplicant() {
        Scenario application = driver.scenario("APP-CHECKS").on(CHECKS, checks(false));

        String id = driver.start(PROCESS_ID, application, applied(application));

        assertThat(driver.endedAt(id)).isEqualTo("ApplicationRejected");
        assertThat(application.elements()).containsExactly(CHECKS, "RejectApplication", "TellRejected");
        assertThat(application.jobs()).containsExactly("certify.check", "certify.reject",
                "notify.applicant[certification-rejected]");
        assertThat(application.last("RejectApplication").header(CertificationProcess.HEADER_SOURCE))
                .isEqualTo(CertificationProcess.SOURCE_CHECKS);
        assertThat(driver.variables(id)).containsEntry("checksPassed", false);
        assertThat(driver.passed(application.businessKey())).doesNotContain(CertificationProcess.TASK_REVIEW);
    }

    @Test
    void aReviewerRejectsWithReasonsThatReachTheRejection() {
        Scenario application = driver.scenario("APP-REVIEWED").on(CHECKS, checks(true));
        String id = driver.start(PROCESS_ID, application, applied(application));

        Task task = driver.userTask(application.businessKey());
        assertThat(task.getTaskDefinitionKey()).isEqualTo(CertificationProcess.TASK_REVIEW);
        assertThat(task.getPriority()).isEqualTo(70);
        assertThat(task.getDueDate()).isEqualTo(Date.from(now.plus(Duration.ofDays(2))));
        ENGINE.getTaskService().claim(task.getId(), "reviewer-1");
        driver.completeUserTask(task, ReviewVariables.decision(new ReviewDecision(false,
                List.of("LEVEL_NOT_JUSTIFIED"), "资质与等级不符", "reviewer-1", "王磊")));

        assertThat(driver.endedAt(id)).isEqualTo("ApplicationRejected");
        assertThat(application.elements()).containsExactly(CHECKS, "RejectAfterReview", "TellRejected");
        TaskCall rejection = application.last("RejectAfterReview");
        assertThat(rejection.header(CertificationProcess.HEADER_SOURCE))
                .isEqualTo(CertificationProcess.SOURCE_REVIEWER);
        assertThat(rejection.variables()).containsEntry("reviewReasons", "[\"LEVEL_NOT_JUSTIFIED\"]")
                .containsEntry("reviewerId", "reviewer-1").containsEntry("reviewNote", "资质与等级不符");
    }

    @Test
    void anApprovedCertificateIsRemindedThirtyDaysBeforeAndExpires() {
        Instant expires = now.plus(YEAR);
        Instant reminder = expires.minus(REMINDER_BEFORE);
        Waiting approved = approvedAndWaiting("APP-APPROVED");
        Scenario application = approved.application();

        driver.moveClockTo(reminder.minusSeconds(60));
        assertThat(application.count("RemindRenewal")).as("not before the reminder is due").isZero();
        driver.moveClockTo(reminder.plusSeconds(1));
        assertThat(application.count("RemindRenewal")).isEqualTo(1);
        driver.moveClockTo(expires.minusSeconds(60));
        assertThat(application.count("ExpireCertificate")).as("not before the expiry").isZero();
        driver.moveClockTo(expires.plusSeconds(1));

        assertThat(driver.endedAt(approved.id())).isEqualTo("CertificateExpired");
        assertThat(application.jobs()).containsExactly("certify.check", "certify.grant",
                "notify.applicant[certification-approved]", "notify.applicant[certification-renewal]",
                "certify.expire", "notify.applicant[certification-expired]");
        assertThat(application.last(GRANT).variables()).containsEntry("reviewerName", "王磊");
    }

    @Test
    void aRenewalEndsTheOldCertificatesWaitBeforeItsReminderAndAfterIt() {
        Waiting early = approvedAndWaiting("APP-OLD-1");
        Waiting late = approvedAndWaiting("APP-OLD-2");

        renew(early.application(), "APP-NEW-1");
        assertThat(driver.endedAt(early.id())).isEqualTo("RenewedEarly");
        driver.moveClockTo(now.plus(YEAR).minus(REMINDER_BEFORE).plusSeconds(1));
        assertThat(late.application().count("RemindRenewal")).isEqualTo(1);
        renew(late.application(), "APP-NEW-2");

        assertThat(driver.endedAt(late.id())).isEqualTo("Renewed");
        assertThat(driver.variables(late.id())).containsEntry("renewedBy", "APP-NEW-2");
        assertThat(early.application().elements()).containsExactly(CHECKS, GRANT, "TellApproved");
        assertThat(late.application().elements()).containsExactly(CHECKS, GRANT, "TellApproved", "RemindRenewal");
    }

    private record Waiting(Scenario application, String id) {
    }

    /** Approved, certificate for a year from now: the instance waits for the reminder. */
    private Waiting approvedAndWaiting(String applicationId) {
        Instant expires = now.plus(YEAR);
        Scenario application = driver.scenario(applicationId).on(CHECKS, checks(true))
                .on(GRANT, Reply.complete(Map.of(CertificationProcess.VAR_EXPIRES_AT, Date.from(expires),
                        CertificationProcess.VAR_RENEWAL_REMINDER_AT, Date.from(expires.minus(REMINDER_BEFORE)))));
        String id = driver.start(PROCESS_ID, application, applied(application));
        Task task = driver.userTask(applicationId);
        ENGINE.getTaskService().claim(task.getId(), "reviewer-1");
        driver.completeUserTask(task, ReviewVariables.decision(new ReviewDecision(true, List.of(), null,
                "reviewer-1", "王磊")));
        assertThat(application.jobs()).endsWith("notify.applicant[certification-approved]");
        return new Waiting(application, id);
    }

    /** What certify.grant sends when it approves the renewal of this application's certificate. */
    private void renew(Scenario application, String renewedBy) {
        driver.sendTo(CertificationProcess.MESSAGE_RENEWED, CertificationProcess.VAR_RENEWAL_KEY,
                renewalKey(application), Map.of("renewedBy", renewedBy));
    }

    /** The application's applicant is {@code applicant-<application id>}. */
    private static Map<String, Object> applied(Scenario application) {
        CertificationApplied applied = new CertificationApplied(application.businessKey(),
                "applicant-" + application.businessKey(), "COMPANION_ESCORT", "STANDARD", renewalKey(application));
        return Map.of(CertificationProcess.VAR_APPLICATION_ID, applied.applicationId(),
                "applicantId", applied.applicantId(), "category", applied.category(), "level", applied.level(),
                CertificationProcess.VAR_RENEWAL_KEY, applied.renewalKey());
    }

    private static String renewalKey(Scenario application) {
        return CertificationProcess.renewalKey("applicant-" + application.businessKey(), "COMPANION_ESCORT");
    }

    /** certify.check's output: the verdict and the review task's schedule (as the worker computes it). */
    private Reply checks(boolean passed) {
        Map<String, Object> output = new HashMap<>(ReviewVariables.schedule(now, 70));
        output.put("checksPassed", passed);
        return Reply.complete(output);
    }
}
