package com.careflow.domain.order;

import java.time.Instant;

/**
 * A customer's complaint about a completed order and, once operations has looked at it, the decision. An approved
 * complaint refunds the order.
 */
public record Complaint(String reason, Instant filedAt, String filedBy, ComplaintStatus status, String decidedBy,
        Instant decidedAt) {

    static Complaint filed(String reason, Instant at, String by) {
        return new Complaint(reason, at, by, ComplaintStatus.OPEN, null, null);
    }

    Complaint decided(boolean approved, String by, Instant at) {
        return new Complaint(reason, filedAt, filedBy, approved ? ComplaintStatus.APPROVED : ComplaintStatus.REJECTED,
                by, at);
    }

    public boolean isOpen() {
        return status == ComplaintStatus.OPEN;
    }
}
