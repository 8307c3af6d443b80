package com.careflow.domain.ledger;

import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * The journal's one writer. An entry is inserted under its business event id, which the database keeps unique, so
 * posting is idempotent however many threads or nodes report the same event: the same movement again is a no-op
 * that returns the entry already posted; a different movement under a posted id is refused. There is no update or
 * delete: a correction is a new entry. The chart of accounts and the movements are in {@link Entries}.
 */
@Component
public class Ledger {

    private final JournalEntries journal;

    Ledger(JournalEntries journal) {
        this.journal = journal;
    }

    /**
     * Posts {@code entry} once and returns the entry as posted (the earlier one when it was posted before).
     *
     * @throws ConflictingEntryException when a different movement is posted under the entry's id
     */
    public JournalEntry post(JournalEntry entry) {
        try {
            return journal.insert(entry);
        }
        catch (DuplicateKeyException alreadyPosted) {
            JournalEntry posted = journal.findById(entry.id()).orElseThrow(() -> alreadyPosted);
            if (!posted.sameMovementAs(entry)) {
                throw new ConflictingEntryException(posted, entry);
            }
            return posted;
        }
    }

    /** The entry posted under a business event id, if any. */
    public Optional<JournalEntry> entry(String id) {
        return journal.findById(id);
    }
}
