package com.careflow.review;

import java.util.List;

import com.careflow.domain.process.ReviewDecision;

/**
 * The variables the decision tasks read, by name: the content and, after a review user task, the reviewer's
 * {@link ReviewDecision} fields ({@code reviewReasons} as a JSON list); after the appeal message, its reason.
 */
public record DecisionInput(String contentId, Boolean reviewApproved, List<String> reviewReasons, String reviewNote,
        String reviewerId, String reviewerName, String appealReason) {

    /** The reviewer's decision; throws when the task did not complete with one. */
    ReviewDecision decision() {
        if (reviewerId == null || reviewerId.isBlank() || reviewApproved == null) {
            throw new IllegalArgumentException("variables reviewerId and reviewApproved are missing: no reviewer"
                    + " decided");
        }
        return new ReviewDecision(reviewApproved, reviewReasons, reviewNote, reviewerId,
                reviewerName == null || reviewerName.isBlank() ? reviewerId : reviewerName);
    }
}
