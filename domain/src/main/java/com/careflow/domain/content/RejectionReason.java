package com.careflow.domain.content;

/**
 * Why content is rejected: codes shared by the ai pre-screen and reviewers (the portal bundle i18n/content labels
 * them as {@code content.reason.<CODE>}, the mails likewise).
 */
public enum RejectionReason {
    BANNED_TERMS, PERSONAL_DATA, MEDICAL_CLAIM, OFF_TOPIC, LOW_QUALITY, OTHER;

    /** The known code, or null for anything else (codes arrive as strings from the engine). */
    public static RejectionReason parse(String code) {
        for (RejectionReason reason : values()) {
            if (reason.name().equals(code)) {
                return reason;
            }
        }
        return null;
    }
}
