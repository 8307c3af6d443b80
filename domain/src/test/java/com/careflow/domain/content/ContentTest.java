package com.careflow.domain.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The content life cycle: idempotent steps for redelivered jobs, forbidden ones refused, one appeal. */
class ContentTest {

    static final Instant AT = Instant.parse("2026-11-21T02:00:00Z");
    static final Content.Author AUTHOR = new Content.Author("u-1", "王芳", "customer@careflow.local", "customer");

    static Content submitted(String id) {
        return Content.submit(id, ContentKind.POST, "  陪诊经验分享 ", "第一次带父母去医院复查的一些经验。", AUTHOR, "zh-CN", AT);
    }

    @Test
    void aSubmissionIsTrimmedAndOnTheTimeline() {
        Content content = submitted("CNT1");

        assertThat(content.getTitle()).isEqualTo("陪诊经验分享");
        assertThat(content.getStatus()).isEqualTo(ContentStatus.SUBMITTED);
        assertThat(content.getEvents()).singleElement().satisfies(e -> {
            assertThat(e.note()).isEqualTo(Content.NOTE_SUBMITTED);
            assertThat(e.actorName()).isEqualTo("王芳");
        });
    }

    @Test
    void onlyCustomersAndProvidersWrite() {
        assertThatThrownBy(() -> Content.submit("CNT1", ContentKind.POST, "t", "b",
                new Content.Author("r", "R", null, "reviewer"), "en", AT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFirstPrescreenStays() {
        Content content = submitted("CNT1");
        Prescreen first = new Prescreen(PrescreenVerdict.REVIEW, 60,
                List.of(Finding.of(FindingType.MEDICAL_CLAIM, "…包治百病…")));

        assertThat(content.recordPrescreen(first, "ai-worker", AT)).isTrue();
        assertThat(content.recordPrescreen(new Prescreen(PrescreenVerdict.PASS, 100, List.of()), "ai-worker", AT))
                .isFalse();
        assertThat(content.getPrescreen()).isEqualTo(first);
        assertThat(first.reasons()).containsExactly(RejectionReason.MEDICAL_CLAIM);
    }

    @Test
    void reviewThenPublishIsIdempotent() {
        Content content = submitted("CNT1");

        assertThat(content.markUnderReview("ai-worker", AT)).isTrue();
        assertThat(content.markUnderReview("ai-worker", AT)).isFalse();
        assertThat(content.recordReview("rev-1", "周敏", true, List.of(), null, AT)).isTrue();
        assertThat(content.recordReview("rev-1", "周敏", true, List.of(), null, AT)).isFalse();
        assertThat(content.publish("rev-1", "周敏", AT)).isTrue();
        assertThat(content.publish("rev-1", "周敏", AT)).isFalse();

        assertThat(content.getStatus()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(content.getPublishedAt()).isEqualTo(AT);
        assertThat(content.getEvents()).extracting(ContentEvent::status).containsExactly(ContentStatus.SUBMITTED,
                ContentStatus.UNDER_REVIEW, ContentStatus.PUBLISHED);
        assertThat(content.wasReviewedBy("rev-1")).isTrue();
        assertThat(content.wasReviewedBy("rev-2")).isFalse();
    }

    @Test
    void aRejectionNeedsAReasonAndPublishedContentCannotBeRejected() {
        Content content = submitted("CNT1");
        assertThatThrownBy(() -> content.reject(List.of(), null, "ai-worker", "ai-worker", AT))
                .isInstanceOf(IllegalArgumentException.class);
        content.publish("ai-worker", "ai-worker", AT);

        assertThatThrownBy(() -> content.reject(List.of("OTHER"), null, "rev-1", "周敏", AT))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("PUBLISHED");
    }

    @Test
    void oneAppealReopensTheReview() {
        Content content = submitted("CNT1");
        assertThat(content.canAppeal()).isFalse();
        content.reject(List.of("MEDICAL_CLAIM"), " 夸大疗效 ", "ai-worker", "ai-worker", AT);
        assertThat(content.reject(List.of("OTHER"), null, "ai-worker", "ai-worker", AT)).isFalse();
        assertThat(content.getRejectionNote()).isEqualTo("夸大疗效");
        assertThat(content.canAppeal()).isTrue();
        assertThat(content.canAppeal(AT.plus(Content.APPEAL_WINDOW).minusSeconds(1))).isTrue();
        assertThat(content.canAppeal(AT.plus(Content.APPEAL_WINDOW))).as("window closed").isFalse();

        content.appeal("文中的说法来自正规指南，请再看看。", AT);
        assertThat(content.canAppeal()).isFalse();
        assertThatThrownBy(() -> content.appeal("again, please", AT)).isInstanceOf(IllegalStateException.class);
        assertThat(content.reopenForAppeal("review-worker", AT)).isTrue();
        assertThat(content.reopenForAppeal("review-worker", AT)).isFalse();
        assertThat(content.getStatus()).isEqualTo(ContentStatus.UNDER_REVIEW);

        content.recordReview("rev-2", "赵敏", true, List.of(), null, AT);
        content.publish("rev-2", "赵敏", AT);
        assertThat(content.getReviews()).singleElement().satisfies(r -> assertThat(r.appeal()).isTrue());
        assertThat(content.getRejectionReasons()).isEmpty();
    }

    @Test
    void reopeningNeedsAnAppeal() {
        Content content = submitted("CNT1");
        content.reject(List.of("OTHER"), null, "ai-worker", "ai-worker", AT);

        assertThatThrownBy(() -> content.reopenForAppeal("review-worker", AT))
                .isInstanceOf(IllegalStateException.class);
    }
}
