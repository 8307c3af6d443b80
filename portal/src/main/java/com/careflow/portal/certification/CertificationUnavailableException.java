package com.careflow.portal.certification;

/** The process engine could not take the application; nothing was left half done. */
class CertificationUnavailableException extends RuntimeException {

    CertificationUnavailableException(Throwable cause) {
        super("The certification process could not be started", cause);
    }
}
