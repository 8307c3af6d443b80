package com.careflow.portal.certification;

import com.careflow.domain.process.CertificationApplied;

/** What the portal asks of the process engine about certification: the seam between the web and Zeebe. */
interface CertificationWorkflow {

    /** Starts a certification instance for a stored application; returns its process instance key. */
    long start(CertificationApplied applied);
}
