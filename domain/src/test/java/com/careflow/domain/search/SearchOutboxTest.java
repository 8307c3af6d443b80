package com.careflow.domain.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.appointment.DomainMongoTest;
import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.content.Contents;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.ProviderFixtures;
import com.careflow.domain.provider.Providers;

/** Saving a searchable aggregate leaves an outbox entry (through its domain event); the indexer's bookkeeping. */
@DomainMongoTest
class SearchOutboxTest {

    @Autowired
    SearchOutbox outbox;
    @Autowired
    ServiceItems services;
    @Autowired
    Providers providers;
    @Autowired
    Contents contents;
    @Autowired
    MongoOperations mongo;
    @Autowired
    Clock clock;

    @BeforeEach
    void clean() {
        ProviderFixtures.clear(mongo);
        contents.deleteAll();
        mongo.remove(new Query(), OutboxEntry.class);
    }

    @Test
    void savedServicesAndProvidersAreDue() {
        services.save(ProviderFixtures.service("svc-1", ServiceCategory.HOME_CARE, "北京", 60));
        providers.save(ProviderFixtures.provider("p-1", "上海", ServiceCategory.COURSE, CertificationLevel.BASIC));

        assertThat(outbox.due(clock.instant(), 10)).extracting(OutboxEntry::id)
                .containsExactlyInAnyOrder("SERVICE:svc-1", "PROVIDER:p-1");
    }

    @Test
    void aProviderLosingItsCertificateIsDueAgainButLoadingOneIsNot() {
        Provider provider = providers.save(ProviderFixtures.provider("p-2", "北京", ServiceCategory.HOME_CARE,
                CertificationLevel.STANDARD));
        outbox.indexed(outbox.due(clock.instant(), 10).get(0));

        Provider loaded = providers.findById("p-2").orElseThrow();
        providers.save(loaded);
        assertThat(outbox.pending()).as("a save without a change publishes nothing").isZero();

        loaded.expire(ServiceCategory.HOME_CARE, provider.getCertifications().get(0).expiresAt(), clock.instant());
        providers.save(loaded);
        assertThat(outbox.due(clock.instant(), 10)).extracting(OutboxEntry::documentId).containsExactly("p-2");
    }

    @Test
    void contentIsDueWhenItsStatusMoves() {
        Content content = Content.submit("CNT-1", ContentKind.ARTICLE, "陪诊经验", "正文",
                new Content.Author("u-1", "王芳", null, Content.ROLE_CUSTOMER), "zh-CN", clock.instant());
        contents.save(content);
        assertThat(outbox.pending()).as("a submission is not searchable yet").isZero();

        Content loaded = contents.findById("CNT-1").orElseThrow();
        loaded.publish("ai-worker", "AI", clock.instant());
        contents.save(loaded);

        assertThat(outbox.due(clock.instant(), 10)).extracting(OutboxEntry::id).containsExactly("CONTENT:CNT-1");
    }

    @Test
    void anEntryChangedAgainAfterItWasReadStays() {
        outbox.changed(Searchable.SERVICE, "svc-2");
        OutboxEntry read = outbox.due(clock.instant(), 10).get(0);

        outbox.changed(Searchable.SERVICE, "svc-2");

        assertThat(outbox.indexed(read)).isFalse();
        assertThat(outbox.pending()).isEqualTo(1);
    }

    @Test
    void aFailedEntryWaitsForItsNextAttemptAndAChangeMakesItDueAtOnce() {
        outbox.changed(Searchable.CONTENT, "CNT-2");
        Instant now = clock.instant();
        OutboxEntry read = outbox.due(now, 10).get(0);

        outbox.failed(read, "connection refused", now.plus(30, ChronoUnit.SECONDS));

        assertThat(outbox.due(now.plusSeconds(1), 10)).isEmpty();
        List<OutboxEntry> later = outbox.due(now.plusSeconds(31), 10);
        assertThat(later).singleElement().satisfies(e -> {
            assertThat(e.attempts()).isEqualTo(1);
            assertThat(e.lastError()).isEqualTo("connection refused");
        });

        outbox.changed(Searchable.CONTENT, "CNT-2");
        assertThat(outbox.due(clock.instant(), 10)).singleElement()
                .satisfies(e -> assertThat(e.attempts()).isZero());
    }
}
