package com.careflow.domain.content;

import java.util.Objects;

/**
 * One thing the pre-screen matched: its type, the excerpt of the text around the match (so a reviewer sees it
 * without searching the body), and the reason code a rejection for it carries.
 */
public record Finding(FindingType type, String excerpt, RejectionReason reasonCode) {

    public Finding {
        Objects.requireNonNull(type, "type");
        reasonCode = reasonCode == null ? type.reason() : reasonCode;
    }

    public static Finding of(FindingType type, String excerpt) {
        return new Finding(type, excerpt, type.reason());
    }
}
