package com.careflow.domain.order;

/** Where a customer's complaint about a completed order stands; operations decides OPEN ones. */
public enum ComplaintStatus {
    OPEN, APPROVED, REJECTED
}
