package com.careflow.domain.process;

import java.util.List;

/**
 * What a reviewer decides in the inbox, completing a review user task (content or certification): the variables
 * the task completes with. {@code reviewReasons} are reason codes (empty when approved); the note is free text. As a
 * process variable the list is JSON text, as the worker API reads lists (the engine would store a List as a
 * Java-serialized object, which an external task fetch does not deserialize).
 */
public record ReviewDecision(boolean reviewApproved, List<String> reviewReasons, String reviewNote,
        String reviewerId, String reviewerName) {

    public ReviewDecision {
        reviewReasons = reviewReasons == null ? List.of() : List.copyOf(reviewReasons);
    }
}
