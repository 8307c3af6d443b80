package com.careflow.certify;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import com.careflow.certify.Variables.ApplicationRef;
import com.careflow.certify.Variables.CheckOutcome;
import com.careflow.certify.Variables.GrantInput;
import com.careflow.certify.Variables.GrantResult;
import com.careflow.certify.Variables.RejectInput;
import com.careflow.domain.certification.ApplicationStatus;
import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.certification.CertificationCheck;
import com.careflow.domain.certification.CheckResult;
import com.careflow.domain.certification.ProviderCertificates;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.process.ReviewSchedule;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Providers;
import com.careflow.worker.Headers;
import com.careflow.worker.TopicWorker;

/**
 * Topic workers of processes/certification.bpmn (RunChecks, RejectApplication, GrantCertificate, ExpireCertificate;
 * behaviour in features/certification.feature). Every step is safe to repeat: the application's transitions are
 * idempotent, Keycloak grants too. Public because the topic subscription invokes the methods
 * reflectively.
 */
@Component
public class CertificationWorker {

    /** Who rejects when the automated checks failed (the application's timeline shows it). */
    static final String CHECKS_ACTOR = "certify-worker";
    static final String CHECKS_ACTOR_NAME = "自动审核";
    static final int BASE_PRIORITY = 50;

    private final ApplicationUpdates updates;
    private final CertificationApplications applications;
    private final ApplicationChecks checks;
    private final ProviderCertificates certificates;
    private final Providers providers;
    private final ProviderDirectory directory;
    private final RenewalMessages renewals;
    private final CertificationProperties properties;
    private final Clock clock;
    private final Jobs jobs;

    CertificationWorker(ApplicationUpdates updates, CertificationApplications applications, ApplicationChecks checks,
            ProviderCertificates certificates, Providers providers, ProviderDirectory directory,
            RenewalMessages renewals, CertificationProperties properties, Clock clock, Jobs jobs) {
        this.updates = updates;
        this.applications = applications;
        this.checks = checks;
        this.certificates = certificates;
        this.providers = providers;
        this.directory = directory;
        this.renewals = renewals;
        this.properties = properties;
        this.clock = clock;
        this.jobs = jobs;
    }

    /**
     * Runs the checks and stores them on the application (the first results stand on redelivery). The reviewer's
     * task is due {@code review-due} from now; renewals and premium applications come first.
     */
    @TopicWorker(value = CertificationProcess.JOB_CHECK, retries = 5)
    public CheckOutcome check(ApplicationRef input) {
        return jobs.run("check application " + input.applicationId(), () -> {
            Instant now = clock.instant();
            CertificationApplication application = updates.update(input.application(),
                    a -> a.getChecks().isEmpty() && a.recordChecks(checks.run(a), now));
            return CheckOutcome.of(application.checksPassed(), ReviewSchedule.from(clock, properties.reviewDue(),
                    properties.reviewFollowUp(), priority(application)));
        });
    }

    /**
     * Rejects the application: with the failed checks' reasons (header source=checks) or the reviewer's reasons
     * and note (source=reviewer).
     */
    @TopicWorker(value = CertificationProcess.JOB_REJECT, retries = 5)
    public void reject(RejectInput input, @Headers Map<String, String> headers) {
        String source = headers.getOrDefault(CertificationProcess.HEADER_SOURCE, CertificationProcess.SOURCE_REVIEWER);
        jobs.run("reject application " + input.applicationId(), () -> updates.update(input.application(), a -> {
            Instant now = clock.instant();
            if (CertificationProcess.SOURCE_CHECKS.equals(source)) {
                return a.reject(failedCheckReasons(a), null, CHECKS_ACTOR, CHECKS_ACTOR_NAME, now);
            }
            return a.reject(input.reviewReasons(), blankToNull(input.reviewNote()),
                    Jobs.required("reviewerId", input.reviewerId()), input.reviewerName(), now);
        }));
    }

    /**
     * Approves: the certificate runs {@code validity} (a renewal continues from the current certificate's end), the
     * provider profile gets it, Keycloak the role and the category's group; earlier certificates of the category
     * are superseded and their waiting instances told (certification-renewed).
     */
    @TopicWorker(value = CertificationProcess.JOB_GRANT, retries = 5)
    public GrantResult grant(GrantInput input) {
        return jobs.run("grant the certificate of application " + input.applicationId(), () -> {
            Instant now = clock.instant();
            String reviewerId = Jobs.required("reviewerId", input.reviewerId());
            // Keycloak first: if it cannot grant (an unknown user), the incident shows an application not yet approved
            CertificationApplication applied = updates.load(input.application());
            directory.grant(applied.getApplicantId(), applied.getCategory());
            CertificationApplication application = updates.update(input.application(),
                    a -> a.getStatus() != ApplicationStatus.APPROVED && a.approve(
                            reviewerId, input.reviewerName(), now, expiry(a, now)));
            certificates.grant(application);
            supersedeEarlier(application, now);
            renewals.renewed(CertificationProcess.renewalKey(application.getApplicantId(),
                    application.getCategory().name()), application.getId());
            return new GrantResult(application.getExpiresAt(),
                    application.getExpiresAt().minus(properties.renewalReminder()));
        });
    }

    /**
     * The certificate ran out: the application is EXPIRED, the profile's certificate ends, and the provider leaves
     * the category's group in Keycloak, unless a renewal replaced the certificate meanwhile.
     */
    @TopicWorker(value = CertificationProcess.JOB_EXPIRE, retries = 5)
    public void expire(ApplicationRef input) {
        jobs.run("expire the certificate of application " + input.applicationId(), () -> {
            Instant now = clock.instant();
            CertificationApplication application = updates.update(input.application(), a -> a.expire(now, null));
            if (!certificates.expire(application, now)) {
                directory.revoke(application.getApplicantId(), application.getCategory());
            }
            return null;
        });
    }

    /** A year from now, or from the end of the certificate being renewed when that is later. */
    private Instant expiry(CertificationApplication application, Instant now) {
        Instant current = providers.findById(application.getApplicantId())
                .flatMap(p -> p.getCertifications().stream()
                        .filter(c -> c.category() == application.getCategory()).findFirst())
                .map(c -> c.expiresAt())
                .filter(Objects::nonNull)
                .filter(end -> end.isAfter(now))
                .orElse(now);
        return current.plus(properties.validity()).truncatedTo(ChronoUnit.SECONDS);
    }

    private void supersedeEarlier(CertificationApplication granted, Instant now) {
        applications.findByApplicantIdOrderBySubmittedAtDesc(granted.getApplicantId()).stream()
                .filter(a -> !a.getId().equals(granted.getId()))
                .filter(a -> a.getCategory() == granted.getCategory() && a.getStatus() == ApplicationStatus.APPROVED)
                .forEach(a -> updates.update(a.getId(), earlier -> earlier.expire(now, "renewed by " + granted.getId())));
    }

    private static List<String> failedCheckReasons(CertificationApplication application) {
        List<String> reasons = application.getChecks().stream().filter(c -> !c.passed()).map(CheckResult::name)
                .map(name -> CertificationCheck.valueOf(name).reason().name()).distinct().toList();
        if (reasons.isEmpty()) {
            throw new IllegalStateException("application " + application.getId() + " has no failed check");
        }
        return reasons;
    }

    private static int priority(CertificationApplication application) {
        int priority = BASE_PRIORITY;
        if (application.getRenewalOf() != null) {
            priority += 20; // a certificate about to lapse stops the provider working
        }
        if (application.getLevel() == CertificationLevel.PREMIUM) {
            priority += 10;
        }
        return priority;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
