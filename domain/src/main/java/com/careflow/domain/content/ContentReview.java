package com.careflow.domain.content;

import java.time.Instant;
import java.util.List;

/**
 * A reviewer's decision on a piece of content; {@code appeal} marks the decision on the author's appeal (which must
 * come from another reviewer than the first decision).
 */
public record ContentReview(String reviewerId, String reviewerName, boolean approved, List<String> reasons,
        String note, Instant at, boolean appeal) {

    public ContentReview {
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }
}
