package com.careflow.domain.assignment;

/**
 * Where an offer stands. OPEN and ESCALATED can still be grabbed (ESCALATED: nobody grabbed in either round and
 * operations is alerted while auto-assignment runs); TAKEN has a winner; WITHDRAWN: the order was cancelled;
 * UNASSIGNED: nobody could be assigned.
 */
public enum OfferStatus {
    OPEN, TAKEN, ESCALATED, WITHDRAWN, UNASSIGNED;

    public boolean isGrabbable() {
        return this == OPEN || this == ESCALATED;
    }
}
