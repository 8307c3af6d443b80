package com.careflow.certify;

import static com.careflow.domain.catalog.ServiceCategory.COMPANION_ESCORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.certify.Fixtures.RecordingDirectory;
import com.careflow.certify.Fixtures.RecordingDirectory.Call;
import com.careflow.certify.Fixtures.RecordingRenewals;
import com.careflow.certify.Variables.ApplicationRef;
import com.careflow.certify.Variables.CheckOutcome;
import com.careflow.certify.Variables.GrantInput;
import com.careflow.certify.Variables.GrantResult;
import com.careflow.certify.Variables.RejectInput;
import com.careflow.domain.certification.ApplicationStatus;
import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.certification.CertificationDocument;
import com.careflow.domain.certification.CheckResult;
import com.careflow.domain.certification.DocumentKind;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;
import com.careflow.worker.TaskFailure;
import com.careflow.worker.TaskVariables;


@CertifyWorkerTest
class CertificationWorkerTest {

    private static final Map<String, String> FROM_CHECKS = Map.of(CertificationProcess.HEADER_SOURCE,
            CertificationProcess.SOURCE_CHECKS);
    private static final Map<String, String> FROM_REVIEWER = Map.of(CertificationProcess.HEADER_SOURCE,
            CertificationProcess.SOURCE_REVIEWER);

    @Autowired
    CertificationWorker worker;
    @Autowired
    CertificationApplications applications;
    @Autowired
    Providers providers;
    @Autowired
    Fixtures fixtures;
    @Autowired
    RecordingDirectory directory;
    @Autowired
    RecordingRenewals renewals;
    @Autowired
    Clock clock;

    @BeforeEach
    void empty() {
        fixtures.reset();
        directory.reset();
        renewals.published.clear();
    }

    @Test
    void aCompleteApplicationPassesEveryCheckAndIsScheduledForReview() {
        fixtures.application("APP-1", "u1").withRequiredDocuments().save();
        Instant before = clock.instant();

        CheckOutcome outcome = worker.check(new ApplicationRef("APP-1"));
        CheckOutcome again = worker.check(new ApplicationRef("APP-1"));

        assertThat(outcome.checksPassed()).isTrue();
        assertThat(outcome.reviewPriority()).isEqualTo(50);
        Instant due = outcome.reviewDueDate();
        assertThat(Duration.between(before, due)).isBetween(Duration.ofDays(3).minusSeconds(2),
                Duration.ofDays(3).plusSeconds(5));
        assertThat(outcome.reviewFollowUpDate()).isBefore(due);
        assertThat(TaskVariables.write(outcome)).as("engine dates for the user task")
                .containsEntry("reviewDueDate", Date.from(due));
        assertThat(again.checksPassed()).isTrue();
        CertificationApplication checked = applications.findById("APP-1").orElseThrow();
        assertThat(checked.getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(checked.getChecks()).extracting(CheckResult::name).containsExactly("LICENCE_NUMBER", "ID_NUMBER",
                "REQUIRED_DOCUMENTS", "DOCUMENT_CHECKSUM", "DOCUMENT_TYPE", "DUPLICATE_LICENCE",
                "DUPLICATE_ID_NUMBER", "DUPLICATE_DOCUMENT");
        assertThat(checked.getChecks()).allMatch(CheckResult::passed);
        assertThat(checked.getChecks().get(1).detail()).as("the ID is masked").isEqualTo("110101********4514");
    }

    @Test
    void failedChecksNameWhatFailedAndRejectWithTheirReasons() {
        fixtures.application("APP-OTHER", "someone-else").licence("HS2026000999").idNumber("11010519491231002X")
                .withRequiredDocuments().save();
        byte[] tamperedLater = Fixtures.pdf("original licence");
        fixtures.application("APP-2", "u2").licence("zy123").idNumber(Fixtures.BAD_CHECK_DIGIT_ID)
                .document(DocumentKind.LICENCE, "application/pdf", tamperedLater)
                .document(DocumentKind.QUALIFICATION, "image/png", Fixtures.pdf("a PDF declared as PNG"))
                .document(DocumentKind.OTHER, "application/pdf", Fixtures.pdf("licence of someone-else"))
                .save();
        // the stored bytes change after upload: the checksum no longer matches
        CertificationDocument stored = fixtures.storedDocument("APP-2-0");
        fixtures.replaceContent(stored, Fixtures.pdf("forged licence"));

        CheckOutcome outcome = worker.check(new ApplicationRef("APP-2"));

        assertThat(outcome.checksPassed()).isFalse();
        CertificationApplication checked = applications.findById("APP-2").orElseThrow();
        assertThat(checked.getStatus()).isEqualTo(ApplicationStatus.CHECKING);
        assertThat(checked.getChecks()).filteredOn(c -> !c.passed()).extracting(CheckResult::name, CheckResult::detail)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("LICENCE_NUMBER", "zy123"),
                        org.assertj.core.groups.Tuple.tuple("ID_NUMBER", "110101********4511"),
                        org.assertj.core.groups.Tuple.tuple("REQUIRED_DOCUMENTS", "missing ID_CARD"),
                        org.assertj.core.groups.Tuple.tuple("DOCUMENT_CHECKSUM", "licence.pdf"),
                        org.assertj.core.groups.Tuple.tuple("DOCUMENT_TYPE", "qualification.png"),
                        org.assertj.core.groups.Tuple.tuple("DUPLICATE_DOCUMENT", "also in APP-OTHER"));

        worker.reject(new RejectInput("APP-2", null, null, null, null), FROM_CHECKS);
        worker.reject(new RejectInput("APP-2", null, null, null, null), FROM_CHECKS);

        CertificationApplication rejected = applications.findById("APP-2").orElseThrow();
        assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.getRejectionReasons()).containsExactly("LICENCE_INVALID", "ID_NUMBER_INVALID",
                "DOCUMENTS_MISSING", "DOCUMENT_UNREADABLE", "DUPLICATE");
        assertThat(rejected.getDecidedByName()).isEqualTo(CertificationWorker.CHECKS_ACTOR_NAME);
        assertThat(directory.calls).isEmpty();
    }

    @Test
    void duplicateLicenceAndIdNumbersOfAnotherApplicantFail() {
        fixtures.application("APP-FIRST", "first").withRequiredDocuments().save();
        fixtures.application("APP-SECOND", "second").withRequiredDocuments().save();

        assertThat(worker.check(new ApplicationRef("APP-SECOND")).checksPassed()).isFalse();
        assertThat(applications.findById("APP-SECOND").orElseThrow().getChecks()).filteredOn(c -> !c.passed())
                .extracting(CheckResult::name).containsExactly("DUPLICATE_LICENCE", "DUPLICATE_ID_NUMBER");
    }

    @Test
    void aReviewerRejectsWithReasonsAndNeedsAtLeastOne() {
        fixtures.application("APP-3", "u3").withRequiredDocuments().save();
        worker.check(new ApplicationRef("APP-3"));

        TaskFailure noReason = catchThrowableOfType(TaskFailure.class, () -> worker.reject(
                new RejectInput("APP-3", List.of(), null, "r1", "王磊"), FROM_REVIEWER));
        assertThat(noReason.retryable()).isFalse();
        assertThat(noReason.getMessage()).isEqualTo(
                "Cannot reject application APP-3: rejecting application APP-3 needs at least one reason");

        worker.reject(new RejectInput("APP-3", List.of("LEVEL_NOT_JUSTIFIED"), " 资质不足 ", "r1", "王磊"),
                FROM_REVIEWER);
        CertificationApplication rejected = applications.findById("APP-3").orElseThrow();
        assertThat(rejected.getRejectionReasons()).containsExactly("LEVEL_NOT_JUSTIFIED");
        assertThat(rejected.getRejectionNote()).isEqualTo("资质不足");
        assertThat(rejected.getDecidedBy()).isEqualTo("r1");
    }

    @Test
    void approvalCertifiesInMongoAndKeycloakOnceAndEndsTheOldCertificatesWait() {
        fixtures.application("APP-4", "u4").withRequiredDocuments().save();
        worker.check(new ApplicationRef("APP-4"));
        Instant now = clock.instant();

        GrantResult granted = worker.grant(new GrantInput("APP-4", "r1", "王磊"));
        GrantResult again = worker.grant(new GrantInput("APP-4", "r1", "王磊"));

        assertThat(again).isEqualTo(granted);
        Instant expires = granted.expiresAt();
        assertThat(Duration.between(now, expires)).isBetween(Duration.ofDays(365).minusSeconds(2),
                Duration.ofDays(365).plusSeconds(5));
        assertThat(granted.renewalReminderAt()).isEqualTo(expires.minus(Duration.ofDays(30)));
        assertThat(TaskVariables.write(granted)).as("engine dates for the timers")
                .containsEntry("expiresAt", Date.from(expires))
                .containsEntry("renewalReminderAt", Date.from(expires.minus(Duration.ofDays(30))));
        CertificationApplication approved = applications.findById("APP-4").orElseThrow();
        assertThat(approved.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(approved.getDecidedByName()).isEqualTo("王磊");
        Provider provider = providers.findById("u4").orElseThrow();
        assertThat(provider.isCertifiedFor(COMPANION_ESCORT, now)).isTrue();
        assertThat(provider.levelFor(COMPANION_ESCORT)).isEqualTo(CertificationLevel.STANDARD);
        assertThat(directory.calls).containsOnly(new Call("grant", "u4", COMPANION_ESCORT));
        assertThat(renewals.published).extracting(RecordingRenewals.Renewal::renewalKey)
                .containsOnly("u4:COMPANION_ESCORT");
    }

    @Test
    void aRenewalContinuesFromTheCurrentCertificateAndSupersedesIt() {
        fixtures.application("APP-5", "u5").withRequiredDocuments().save();
        worker.check(new ApplicationRef("APP-5"));
        Instant firstEnd = worker.grant(new GrantInput("APP-5", "r1", "王磊")).expiresAt();
        fixtures.application("APP-6", "u5").renewalOf("APP-5").level(CertificationLevel.PREMIUM)
                .withRequiredDocuments().save();

        CheckOutcome renewalChecks = worker.check(new ApplicationRef("APP-6"));
        GrantResult renewed = worker.grant(new GrantInput("APP-6", "r2", "赵敏"));

        assertThat(renewalChecks.checksPassed()).as("own earlier documents are no duplicates").isTrue();
        assertThat(renewalChecks.reviewPriority()).isEqualTo(80);
        assertThat(renewed.expiresAt()).isEqualTo(firstEnd.plus(Duration.ofDays(365)));
        assertThat(applications.findById("APP-5").orElseThrow().getStatus()).isEqualTo(ApplicationStatus.EXPIRED);
        assertThat(providers.findById("u5").orElseThrow().levelFor(COMPANION_ESCORT))
                .isEqualTo(CertificationLevel.PREMIUM);

        // the old certificate's instance might still run its expiry: the renewal stands, Keycloak is left alone
        worker.expire(new ApplicationRef("APP-5"));
        assertThat(providers.findById("u5").orElseThrow().isCertifiedFor(COMPANION_ESCORT, clock.instant())).isTrue();
        assertThat(directory.calls).extracting(Call::operation).containsOnly("grant");
    }

    @Test
    void expiryEndsTheCertificateAndTheGroupMembership() {
        fixtures.application("APP-7", "u7").withRequiredDocuments().save();
        worker.check(new ApplicationRef("APP-7"));
        worker.grant(new GrantInput("APP-7", "r1", "王磊"));

        worker.expire(new ApplicationRef("APP-7"));
        worker.expire(new ApplicationRef("APP-7"));

        assertThat(applications.findById("APP-7").orElseThrow().getStatus()).isEqualTo(ApplicationStatus.EXPIRED);
        assertThat(providers.findById("u7").orElseThrow().isCertifiedFor(COMPANION_ESCORT, clock.instant())).isFalse();
        assertThat(directory.calls).extracting(Call::operation).containsExactly("grant", "revoke", "revoke");
    }

    @Test
    void unknownApplicationsFailAtOnceAndKeycloakTroubleIsRetried() {
        TaskFailure unknown = catchThrowableOfType(TaskFailure.class, () -> worker.check(new ApplicationRef("APP-404")));
        assertThat(unknown.retryable()).isFalse();
        assertThat(unknown.getMessage()).isEqualTo("Cannot check application APP-404: application APP-404 does "
                + "not exist");

        fixtures.application("APP-8", "u8").withRequiredDocuments().save();
        worker.check(new ApplicationRef("APP-8"));
        directory.failure = new UnknownIdentityException("Keycloak realm careflow has no group "
                + "/certified/COMPANION_ESCORT", null);
        TaskFailure badGroup = catchThrowableOfType(TaskFailure.class, () -> worker.grant(new GrantInput("APP-8", "r1", "王磊")));
        assertThat(badGroup.retryable()).isFalse();

        directory.failure = new jakarta.ws.rs.ProcessingException("Connection refused");
        TaskFailure down = catchThrowableOfType(TaskFailure.class, () -> worker.grant(new GrantInput("APP-8", "r1", "王磊")));
        assertThat(down.retryable()).isTrue();
        assertThat(down.backoff()).isEqualTo(Duration.ofSeconds(4));
        assertThat(down.getMessage()).startsWith("Failed to grant the certificate of application APP-8, will "
                + "retry: Connection refused");

        directory.failure = null;
        worker.grant(new GrantInput("APP-8", "r1", "王磊"));
        assertThat(directory.calls).containsExactly(new Call("grant", "u8", COMPANION_ESCORT));
    }
}
