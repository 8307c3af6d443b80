package com.careflow.domain.ledger;

/** Another entry is already posted under the same business event id; posted entries are never overwritten. */
public class ConflictingEntryException extends IllegalStateException {

    public ConflictingEntryException(JournalEntry posted, JournalEntry refused) {
        super("Entry " + posted.id() + " is already posted with lines " + posted.lines()
                + "; a different entry " + refused.lines() + " under the same id is refused (post a correction as a"
                + " new entry)");
    }
}
