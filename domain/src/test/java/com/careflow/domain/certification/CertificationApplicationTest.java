package com.careflow.domain.certification;

import static com.careflow.domain.catalog.ServiceCategory.COMPANION_ESCORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.careflow.domain.provider.CertificationLevel;

class CertificationApplicationTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    static CertificationApplication application(String id, String applicantId) {
        return new CertificationApplication(id, new CertificationApplication.Applicant(applicantId, "陈静",
                applicantId + "@careflow.local", "zh-CN"), COMPANION_ESCORT, CertificationLevel.STANDARD,
                "ZY2026000123", "110101199003074514", "北京",
                List.of(new DocumentRef("doc-1", DocumentKind.LICENCE, "licence.pdf", "application/pdf", 10, "abc")),
                null, AT);
    }

    @Test
    void passedChecksLeadToReviewThenApprovalWithTheCertificateExpiry() {
        CertificationApplication application = application("APP1", "u1");

        assertThat(application.recordChecks(List.of(CheckResult.passed(CertificationCheck.ID_NUMBER, "ok")), AT))
                .isTrue();
        assertThat(application.recordChecks(List.of(CheckResult.failed(CertificationCheck.ID_NUMBER, "x")), AT))
                .as("the first results stand").isFalse();
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.IN_REVIEW);
        assertThat(application.checksPassed()).isTrue();

        Instant expires = AT.plus(365, ChronoUnit.DAYS);
        assertThat(application.approve("r1", "王磊", AT, expires)).isTrue();
        assertThat(application.approve("r1", "王磊", AT, expires)).isFalse();
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(application.getExpiresAt()).isEqualTo(expires);
        assertThat(application.getDecidedByName()).isEqualTo("王磊");
        assertThat(application.isValidAt(expires.minusSeconds(1))).isTrue();
        assertThat(application.isValidAt(expires)).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> application.reject(List.of("OTHER"), null, "r", "r", AT));

        assertThat(application.expire(expires, null)).isTrue();
        assertThat(application.expire(expires, null)).isFalse();
        assertThat(application.getEvents()).extracting(ApplicationEvent::status).containsExactly(
                ApplicationStatus.SUBMITTED, ApplicationStatus.CHECKING, ApplicationStatus.IN_REVIEW,
                ApplicationStatus.APPROVED, ApplicationStatus.EXPIRED);
    }

    @Test
    void failedChecksWaitForTheRejectionWhichNeedsReasons() {
        CertificationApplication application = application("APP2", "u2");
        application.recordChecks(List.of(CheckResult.passed(CertificationCheck.LICENCE_NUMBER, "ok"),
                CheckResult.failed(CertificationCheck.ID_NUMBER, "check digit")), AT);

        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.CHECKING);
        assertThat(application.checksPassed()).isFalse();
        assertThatIllegalStateException().isThrownBy(() -> application.approve("r", "r", AT, AT));
        assertThatIllegalArgumentException().isThrownBy(() -> application.reject(List.of(), null, "c", "c", AT));

        assertThat(application.reject(List.of("ID_NUMBER_INVALID"), null, "checks", "checks", AT)).isTrue();
        assertThat(application.reject(List.of("OTHER"), "again", "r", "r", AT)).isFalse();
        assertThat(application.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.getRejectionReasons()).containsExactly("ID_NUMBER_INVALID");
        assertThat(application.isPending()).isFalse();
    }

    @Test
    void onlyAnApprovedCertificateCanExpire() {
        CertificationApplication application = application("APP3", "u3");
        assertThat(application.isPending()).isTrue();
        assertThatIllegalStateException().isThrownBy(() -> application.expire(AT, null));
        assertThat(application.hasDocument("doc-1")).isTrue();
        assertThat(application.hasDocument("doc-2")).isFalse();
    }
}
