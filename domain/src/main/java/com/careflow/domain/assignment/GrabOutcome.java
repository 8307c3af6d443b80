package com.careflow.domain.assignment;

/** What a provider's grab of an offer came to; only {@link #WON} assigns the order. */
public enum GrabOutcome {
    /** The provider has the order (also when they had won it already). */
    WON,
    /** Another provider won it first. */
    ALREADY_TAKEN,
    /** The offer is not for this provider (not certified, wrong city or level for the round). */
    NOT_ELIGIBLE,
    /**
     * The offer reached the provider, but their certificate for the category is no longer valid (it expired since
     * the offer opened): certification suspends grabbing.
     */
    NOT_CERTIFIED,
    /** The provider has another appointment at that time. */
    PROVIDER_BUSY,
    /** No offer, or it was withdrawn or closed without a winner. */
    NOT_OPEN
}
