package com.careflow.domain.process;

import java.util.List;

/**
 * What a reviewer decides in the inbox, completing a review user task (content or certification): the variables
 * the task completes with. {@code reviewReasons} are reason codes (empty when approved); the note is free text.
 */
public record ReviewDecision(boolean reviewApproved, List<String> reviewReasons, String reviewNote,
        String reviewerId, String reviewerName) {

    public ReviewDecision {
        reviewReasons = reviewReasons == null ? List.of() : List.copyOf(reviewReasons);
    }
}
