package com.careflow.domain.certification;

import java.util.List;

/**
 * Where a certification application stands: SUBMITTED → CHECKING (automated checks) → IN_REVIEW (a reviewer
 * decides) → APPROVED (a certificate) → EXPIRED; REJECTED from CHECKING (failed checks) or IN_REVIEW.
 */
public enum ApplicationStatus {
    SUBMITTED, CHECKING, IN_REVIEW, APPROVED, REJECTED, EXPIRED;

    /** Statuses of an application still being decided: the applicant cannot apply again for its category. */
    public static final List<ApplicationStatus> PENDING = List.of(SUBMITTED, CHECKING, IN_REVIEW);

    public boolean isPending() {
        return PENDING.contains(this);
    }
}
