package com.careflow.portal.certification;

import com.careflow.domain.process.CertificationApplied;

/** What the portal asks of the process engine about certification: the seam between the web and the engine. */
interface CertificationWorkflow {

    /**
     * Starts a certification instance for a stored application (business key: the application id); returns its
     * process instance id.
     */
    String start(CertificationApplied applied);
}
