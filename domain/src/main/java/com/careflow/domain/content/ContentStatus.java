package com.careflow.domain.content;

/**
 * Where a piece of content stands: SUBMITTED (waiting for the pre-screen) → UNDER_REVIEW (a reviewer decides) →
 * PUBLISHED or REJECTED; a clear pre-screen skips the review. An appeal takes a rejected piece back to UNDER_REVIEW.
 */
public enum ContentStatus {
    SUBMITTED, UNDER_REVIEW, PUBLISHED, REJECTED;

    /** Final unless appealed. */
    public boolean isDecided() {
        return this == PUBLISHED || this == REJECTED;
    }
}
