package com.careflow.certify;

/** Tells a certificate's waiting instance that a newer certificate of the same provider and category replaced it. */
interface RenewalMessages {

    /** Sends certification-renewed for {@code renewalKey}; {@code applicationId} is the renewing application. */
    void renewed(String renewalKey, String applicationId);
}
