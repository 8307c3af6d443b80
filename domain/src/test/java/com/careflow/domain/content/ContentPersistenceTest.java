package com.careflow.domain.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

import com.careflow.domain.appointment.DomainMongoTest;

/** Content round-trips through Mongo with its prescreen and reviews; the community and author queries. */
@DomainMongoTest
class ContentPersistenceTest {

    @Autowired
    Contents contents;
    @Autowired
    ContentIds ids;

    @BeforeEach
    void clean() {
        contents.deleteAll();
    }

    @Test
    void idsAreDailySequences() {
        String first = ids.next();
        String second = ids.next();

        assertThat(first).matches("CNT\\d{8}\\d{6}");
        assertThat(Long.parseLong(second.substring(11))).isEqualTo(Long.parseLong(first.substring(11)) + 1);
    }

    @Test
    void aReviewedPieceRoundTrips() {
        Content content = ContentTest.submitted("CNT-RT");
        content.recordPrescreen(new Prescreen(PrescreenVerdict.REVIEW, 55,
                List.of(Finding.of(FindingType.PERSONAL_DATA, "电话 13800138000"))), "ai-worker", ContentTest.AT);
        content.markUnderReview("ai-worker", ContentTest.AT);
        content.recordReview("rev-1", "周敏", false, List.of("PERSONAL_DATA"), "请删除电话", ContentTest.AT);
        content.reject(List.of("PERSONAL_DATA"), "请删除电话", "rev-1", "周敏", ContentTest.AT);
        contents.save(content);

        Content loaded = contents.findById("CNT-RT").orElseThrow();
        assertThat(loaded.getStatus()).isEqualTo(ContentStatus.REJECTED);
        assertThat(loaded.getPrescreen().findings()).containsExactly(
                new Finding(FindingType.PERSONAL_DATA, "电话 13800138000", RejectionReason.PERSONAL_DATA));
        assertThat(loaded.getReviews()).singleElement().satisfies(r -> {
            assertThat(r.reasons()).containsExactly("PERSONAL_DATA");
            assertThat(r.appeal()).isFalse();
        });
        assertThat(loaded.getVersion()).isNotNull();
    }

    @Test
    void theCommunityShowsPublishedNewestFirstAndAuthorsSeeTheirOwn() {
        Content older = published("CNT-A", Instant.parse("2026-11-20T02:00:00Z"));
        Content newer = published("CNT-B", Instant.parse("2026-11-21T02:00:00Z"));
        Content pending = ContentTest.submitted("CNT-C");
        contents.saveAll(List.of(older, newer, pending));

        assertThat(contents.findByStatusOrderByPublishedAtDesc(ContentStatus.PUBLISHED, PageRequest.of(0, 10)))
                .extracting(Content::getId).containsExactly("CNT-B", "CNT-A");
        assertThat(contents.findByIdAndStatus("CNT-C", ContentStatus.PUBLISHED)).isEmpty();
        assertThat(contents.findByAuthorIdOrderBySubmittedAtDesc(ContentTest.AUTHOR.id())).hasSize(3);
    }

    private static Content published(String id, Instant at) {
        Content content = Content.submit(id, ContentKind.ARTICLE, "title " + id, "body of " + id + " long enough",
                ContentTest.AUTHOR, "zh-CN", at);
        content.publish("ai-worker", "ai-worker", at);
        return content;
    }
}
