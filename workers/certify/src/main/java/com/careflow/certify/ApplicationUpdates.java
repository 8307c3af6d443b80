package com.careflow.certify;

import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import com.careflow.domain.VersionedUpdates;
import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;

/** Applies one change to an application and saves it when it changed; a lost @Version race reloads and retries. */
@Component
class ApplicationUpdates {

    private final CertificationApplications applications;

    ApplicationUpdates(CertificationApplications applications) {
        this.applications = applications;
    }

    CertificationApplication load(String applicationId) {
        return applications.findById(applicationId).orElseThrow(
                () -> new IllegalArgumentException("application " + applicationId + " does not exist"));
    }

    /** {@code change} returns false when the application already is as wanted (a redelivered task). */
    CertificationApplication update(String applicationId, Predicate<CertificationApplication> change) {
        return VersionedUpdates.update(() -> load(applicationId), change, applications::save);
    }
}
