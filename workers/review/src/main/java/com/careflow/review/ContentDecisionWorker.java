package com.careflow.review;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentStatus;
import com.careflow.domain.content.ContentUpdates;
import com.careflow.domain.content.RejectionReason;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.ReviewDecision;
import com.careflow.domain.process.ReviewSchedule;
import com.careflow.worker.Headers;
import com.careflow.worker.TopicWorker;


/**
 * Topic workers of the content-review process's decisions (processes/content-review.bpmn; behaviour in
 * features/content-review.feature). The header {@code source} says who decided: {@code ai} (the pre-screen) or
 * {@code reviewer} (a user task completed with {@link ReviewDecision} variables, recorded on the content). Every
 * step is idempotent. Public because the topic subscription invokes the methods reflectively.
 */
@Component
public class ContentDecisionWorker {

    static final String ACTOR = "review-worker";
    static final String AI_ACTOR = "ai-worker";

    private final ContentUpdates contents;
    private final ReviewProperties properties;
    private final Jobs jobs;
    private final Clock clock;

    ContentDecisionWorker(ContentUpdates contents, ReviewProperties properties, Jobs jobs, Clock clock) {
        this.contents = contents;
        this.properties = properties;
        this.jobs = jobs;
        this.clock = clock;
    }

    @TopicWorker(ContentReviewProcess.JOB_PUBLISH)
    public void publish(DecisionInput input, @Headers Map<String, String> headers) {
        jobs.run("publish content " + input.contentId(), () -> contents.update(input.contentId(), content -> {
            Instant at = clock.instant();
            if (!byReviewer(headers)) {
                return content.publish(AI_ACTOR, AI_ACTOR, at);
            }
            if (content.getStatus() == ContentStatus.PUBLISHED) {
                return false; // a redelivered task: the decision is recorded already
            }
            ReviewDecision decision = decisionFor(content, input);
            if (!decision.reviewApproved()) {
                throw new IllegalStateException("the reviewer " + decision.reviewerId() + " did not approve it");
            }
            return content.recordReview(decision.reviewerId(), decision.reviewerName(), true, List.of(),
                    decision.reviewNote(), at) | content.publish(decision.reviewerId(), decision.reviewerName(), at);
        }));
    }

    @TopicWorker(ContentReviewProcess.JOB_REJECT)
    public void reject(DecisionInput input, @Headers Map<String, String> headers) {
        jobs.run("reject content " + input.contentId(), () -> contents.update(input.contentId(), content -> {
            Instant at = clock.instant();
            if (!byReviewer(headers)) {
                return content.reject(aiReasons(content), null, AI_ACTOR, AI_ACTOR, at);
            }
            if (content.getStatus() == ContentStatus.REJECTED) {
                return false; // a redelivered task: the decision is recorded already
            }
            ReviewDecision decision = decisionFor(content, input);
            if (decision.reviewApproved()) {
                throw new IllegalStateException("the reviewer " + decision.reviewerId() + " approved it");
            }
            return content.recordReview(decision.reviewerId(), decision.reviewerName(), false,
                    decision.reviewReasons(), decision.reviewNote(), at)
                    | content.reject(decision.reviewReasons(), decision.reviewNote(), decision.reviewerId(),
                            decision.reviewerName(), at);
        }));
    }

    /** The appeal message arrived: back under review, with the appeal task's scheduling. */
    @TopicWorker(ContentReviewProcess.JOB_REOPEN)
    public TaskSchedule reopen(DecisionInput input) {
        return jobs.run("reopen content " + input.contentId() + " for its appeal", () -> {
            contents.update(input.contentId(), content -> {
                // the portal records the appeal after the message went out; the reopen may get here first
                boolean recorded = false;
                if (content.canAppeal()) {
                    content.appeal(input.appealReason() == null ? "-" : input.appealReason(), clock.instant());
                    recorded = true;
                }
                return content.reopenForAppeal(ACTOR, clock.instant()) | recorded;
            });
            return TaskSchedule.of(ReviewSchedule.from(clock, properties.appealDue(), properties.appealFollowUp(),
                    properties.appealPriority()));
        });
    }

    private static boolean byReviewer(Map<String, String> headers) {
        String source = headers.get(ContentReviewProcess.HEADER_SOURCE);
        if (ContentReviewProcess.SOURCE_REVIEWER.equals(source)) {
            return true;
        }
        if (ContentReviewProcess.SOURCE_AI.equals(source)) {
            return false;
        }
        throw new IllegalArgumentException("task header source must be ai or reviewer, was " + source);
    }

    /**
     * The decision of the review task. An appeal is decided by someone other than the first reviewer (the inbox
     * refuses it by the same rule; this guards the content against a decision that slipped through).
     */
    private static ReviewDecision decisionFor(Content content, DecisionInput input) {
        ReviewDecision decision = input.decision();
        if (content.isAppealed() && content.wasReviewedBy(decision.reviewerId())) {
            throw new IllegalStateException("the appeal must be decided by another reviewer than "
                    + decision.reviewerName() + ", who made the first decision");
        }
        return decision;
    }

    /** What the pre-screen found; a failing score without findings is low quality. */
    private static List<String> aiReasons(Content content) {
        List<String> reasons = content.getPrescreen() == null ? List.of()
                : content.getPrescreen().reasons().stream().map(Enum::name).toList();
        return reasons.isEmpty() ? List.of(RejectionReason.LOW_QUALITY.name()) : reasons;
    }
}
