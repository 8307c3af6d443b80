package com.careflow.domain.certification;

/**
 * The automated checks of an application (certify.check), each with the rejection reason its failure gives.
 */
public enum CertificationCheck {
    /** Licence number format: see {@link LicenceNumbers}. */
    LICENCE_NUMBER(RejectionReason.LICENCE_INVALID),
    /** 18-digit resident ID number with the GB 11643 check digit: see {@link ResidentIdNumbers}. */
    ID_NUMBER(RejectionReason.ID_NUMBER_INVALID),
    /** A licence and an ID card document are among the uploads. */
    REQUIRED_DOCUMENTS(RejectionReason.DOCUMENTS_MISSING),
    /** Each stored document still has the SHA-256 taken at upload. */
    DOCUMENT_CHECKSUM(RejectionReason.DOCUMENT_UNREADABLE),
    /** Each document's bytes are of its declared type (PDF, PNG, JPEG magic bytes). */
    DOCUMENT_TYPE(RejectionReason.DOCUMENT_UNREADABLE),
    /** No other applicant applied with the same licence number. */
    DUPLICATE_LICENCE(RejectionReason.DUPLICATE),
    /** No other applicant applied with the same ID number. */
    DUPLICATE_ID_NUMBER(RejectionReason.DUPLICATE),
    /** No other applicant uploaded a document with the same checksum. */
    DUPLICATE_DOCUMENT(RejectionReason.DUPLICATE);

    private final RejectionReason reason;

    CertificationCheck(RejectionReason reason) {
        this.reason = reason;
    }

    /** Why an application failing this check is rejected. */
    public RejectionReason reason() {
        return reason;
    }
}
