package com.careflow.ai;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentUpdates;
import com.careflow.domain.content.Prescreen;
import com.careflow.domain.content.PrescreenVerdict;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.ReviewSchedule;
import com.careflow.worker.JobRunner;
import com.careflow.worker.TopicWorker;


/**
 * Topic worker of the content-review process's PreScreen task (processes/content-review.bpmn; behaviour in
 * features/content-review.feature). Stores the pre-screen on the content once; a redelivered task answers with the
 * stored one, so the process never sees two verdicts. Public because the topic subscription invokes it
 * reflectively.
 */
@Component
public class PrescreenWorker {

    static final String ACTOR = "ai-worker";
    private static final Logger log = LoggerFactory.getLogger(PrescreenWorker.class);

    private final ContentPolicy policy;
    private final ContentPolicyProperties settings;
    private final ContentUpdates contents;
    private final JobRunner jobs;
    private final Clock clock;

    PrescreenWorker(ContentPolicy policy, ContentPolicyProperties settings, ContentUpdates contents,
            AiProperties properties, Clock clock) {
        this.policy = policy;
        this.settings = settings;
        this.contents = contents;
        this.jobs = new JobRunner(properties.retryBackoff());
        this.clock = clock;
    }

    @TopicWorker(ContentReviewProcess.JOB_PRESCREEN)
    public PrescreenResult prescreen(PrescreenInput input) {
        return jobs.run("pre-screen content " + input.contentId(), () -> {
            Content content = contents.update(input.contentId(), this::screen);
            Prescreen prescreen = content.getPrescreen();
            log.info("Content {}: pre-screen {} score {} findings {}", content.getId(), prescreen.verdict(),
                    prescreen.score(), prescreen.findings().size());
            return PrescreenResult.of(prescreen, ReviewSchedule.from(clock, settings.reviewDue(),
                    settings.reviewFollowUp(), policy.priority(prescreen)));
        });
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
