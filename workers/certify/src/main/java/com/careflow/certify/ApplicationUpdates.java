package com.careflow.certify;

import java.util.function.Predicate;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;

/** Applies one change to an application and saves it when it changed; a lost @Version race reloads and retries. */
@Component
class ApplicationUpdates {

    private static final int SAVE_ATTEMPTS = 3;

    private final CertificationApplications applications;

    ApplicationUpdates(CertificationApplications applications) {
        this.applications = applications;
    }

    CertificationApplication load(String applicationId) {
        return applications.findById(applicationId).orElseThrow(
                () -> new IllegalArgumentException("application " + applicationId + " does not exist"));
    }

    /** {@code change} returns false when the application already is as wanted (a redelivered job). */
    CertificationApplication update(String applicationId, Predicate<CertificationApplication> change) {
        for (int attempt = 1; ; attempt++) {
            CertificationApplication application = load(applicationId);
            if (!change.test(application)) {
                return application;
            }
            try {
                return applications.save(application);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
