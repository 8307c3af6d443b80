package com.careflow.domain.certification;

/**
 * Why an application was rejected. Reviewers choose from the first six; failed automated checks give their own
 * codes ({@link CertificationCheck#reason()}) besides. Labels: portal bundle i18n/certification
 * ({@code certification.reason.<CODE>}).
 */
public enum RejectionReason {
    DOCUMENT_UNREADABLE, LICENCE_INVALID, IDENTITY_MISMATCH, DUPLICATE, LEVEL_NOT_JUSTIFIED, OTHER,
    /** Automated checks only. */
    ID_NUMBER_INVALID, DOCUMENTS_MISSING;

    /** Whether a reviewer can give this reason (the task form's checkboxes). */
    public boolean isReviewerReason() {
        return ordinal() <= OTHER.ordinal();
    }
}
