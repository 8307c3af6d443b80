package com.careflow.portal.content;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.content.Content;
import com.careflow.domain.engine.Workflows;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.ContentSubmitted;
import com.careflow.worker.TaskVariables;

/**
 * {@link ContentProcess} on the engine's {@link Workflows} port; the content id is the business key. The appeal is
 * kept for the whole appeal window: the author may appeal as soon as the content is rejected, before the instance
 * has told them and opened its wait. Its message id makes a second submit a no-op.
 */
@Component
class EngineContentProcess implements ContentProcess {

    private final Workflows workflows;

    EngineContentProcess(Workflows workflows) {
        this.workflows = workflows;
    }

    @Override
    public String start(ContentSubmitted submitted) {
        return workflows.start(ContentReviewProcess.PROCESS_ID, submitted.contentId(),
                TaskVariables.write(submitted));
    }

    @Override
    public void appealed(String contentId, String appealReason) {
        workflows.send(ContentReviewProcess.MESSAGE_APPEALED, contentId, appealMessageId(contentId),
                Content.APPEAL_WINDOW,
                Map.of(ContentReviewProcess.VAR_APPEALED, true, "appealReason", appealReason));
    }

    static String appealMessageId(String contentId) {
        return "appeal:" + contentId;
    }
}
