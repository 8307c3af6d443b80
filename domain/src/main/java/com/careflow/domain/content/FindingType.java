package com.careflow.domain.content;

/** What the pre-screen policy matched, and the rejection reason each stands for. */
public enum FindingType {
    BANNED_TERM(RejectionReason.BANNED_TERMS),
    PERSONAL_DATA(RejectionReason.PERSONAL_DATA),
    MEDICAL_CLAIM(RejectionReason.MEDICAL_CLAIM);

    private final RejectionReason reason;

    FindingType(RejectionReason reason) {
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
