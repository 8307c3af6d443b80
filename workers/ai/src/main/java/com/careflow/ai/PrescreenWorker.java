package com.careflow.ai;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentUpdates;
import com.careflow.domain.content.Prescreen;
import com.careflow.domain.content.PrescreenVerdict;
import com.careflow.domain.content.ReviewSchedule;
import com.careflow.domain.process.ContentReviewProcess;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import io.camunda.client.exception.CamundaError;

/**
 * Job worker of the content-review process's PreScreen task (processes/content-review.bpmn; behaviour in
 * features/content-review.feature). Stores the pre-screen on the content once; a redelivered job answers with the
 * stored one, so the process never sees two verdicts. Public because the Camunda client invokes it reflectively.
 */
@Component
public class PrescreenWorker {

    static final String ACTOR = "ai-worker";
    private static final Logger log = LoggerFactory.getLogger(PrescreenWorker.class);

    private final ContentPolicy policy;
    private final ContentPolicyProperties settings;
    private final ContentUpdates contents;
    private final AiProperties properties;
    private final Clock clock;

    PrescreenWorker(ContentPolicy policy, ContentPolicyProperties settings, ContentUpdates contents,
            AiProperties properties, Clock clock) {
        this.policy = policy;
        this.settings = settings;
        this.contents = contents;
        this.properties = properties;
        this.clock = clock;
    }

    @JobWorker(type = ContentReviewProcess.JOB_PRESCREEN)
    public PrescreenResult prescreen(@VariablesAsType PrescreenInput input) {
        try {
            Content content = contents.update(input.contentId(), this::screen);
            Prescreen prescreen = content.getPrescreen();
            log.info("Content {}: pre-screen {} score {} findings {}", content.getId(), prescreen.verdict(),
                    prescreen.score(), prescreen.findings().size());
            return PrescreenResult.of(prescreen, ReviewSchedule.from(clock, settings.reviewDue(),
                    settings.reviewFollowUp(), policy.priority(prescreen)));
        } catch (IllegalArgumentException | IllegalStateException badInput) {
            throw CamundaError.jobError("Cannot pre-screen content " + input.contentId() + ": "
                    + badInput.getMessage(), null, 0, null);
        } catch (RuntimeException technical) {
            log.warn("Pre-screening content {} failed; the engine will retry", input.contentId(), technical);
            throw CamundaError.jobError("Pre-screening content " + input.contentId() + " failed, will retry: "
                    + technical.getMessage(), null, null, properties.retryBackoff());
        }
    }

    private boolean screen(Content content) {
        Prescreen prescreen = content.getPrescreen() != null ? content.getPrescreen()
                : policy.screen(content.getTitle(), content.getBody());
        boolean changed = content.recordPrescreen(prescreen, ACTOR, clock.instant());
        if (prescreen.verdict() == PrescreenVerdict.REVIEW) {
            changed |= content.markUnderReview(ACTOR, clock.instant());
        }
        return changed;
    }
}
