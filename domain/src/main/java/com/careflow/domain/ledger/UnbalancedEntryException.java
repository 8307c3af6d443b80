package com.careflow.domain.ledger;

/** A journal entry whose lines do not sum to zero, or that has fewer than two lines: never posted. */
public class UnbalancedEntryException extends IllegalArgumentException {

    public UnbalancedEntryException(String message) {
        super(message);
    }
}
