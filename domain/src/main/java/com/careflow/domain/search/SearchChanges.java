package com.careflow.domain.search;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.careflow.domain.catalog.ServiceItemSaved;
import com.careflow.domain.content.ContentStatusChanged;
import com.careflow.domain.provider.ProviderChanged;

/** Turns the searchable aggregates' domain events into search outbox entries, in whichever JVM saved them. */
@Component
class SearchChanges {

    private final SearchOutbox outbox;

    SearchChanges(SearchOutbox outbox) {
        this.outbox = outbox;
    }

    @EventListener
    void on(ServiceItemSaved event) {
        outbox.changed(Searchable.SERVICE, event.serviceId());
    }

    @EventListener
    void on(ProviderChanged event) {
        outbox.changed(Searchable.PROVIDER, event.providerId());
    }

    @EventListener
    void on(ContentStatusChanged event) {
        outbox.changed(Searchable.CONTENT, event.contentId());
    }
}
