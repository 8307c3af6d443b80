package com.careflow.domain.ledger;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The journal, by business event id. Written only by {@link Ledger} (an ArchUnit rule in the app module). */
public interface JournalEntries extends MongoRepository<JournalEntry, String> {
}
