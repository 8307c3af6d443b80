package com.careflow.portal.content;

import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.content.Content;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.ContentSubmitted;

import io.camunda.client.CamundaClient;
import io.camunda.client.api.command.ClientStatusException;
import io.grpc.Status;

/**
 * {@link ContentProcess} on Zeebe, over the Camunda client (gRPC). The appeal is buffered for the whole appeal
 * window: the author may appeal as soon as the content is rejected, before the instance has told them and opened
 * its wait. Its message id makes a second submit a no-op.
 */
@Component
class CamundaContentProcess implements ContentProcess {

    private final CamundaClient camunda;

    CamundaContentProcess(CamundaClient camunda) {
        this.camunda = camunda;
    }

    @Override
    public long start(ContentSubmitted submitted) {
        return camunda.newCreateInstanceCommand()
                .bpmnProcessId(ContentReviewProcess.PROCESS_ID)
                .latestVersion()
                .variables(submitted)
                .send()
                .join()
                .getProcessInstanceKey();
    }

    @Override
    public void appealed(String contentId, String appealReason) {
        try {
            camunda.newPublishMessageCommand()
                    .messageName(ContentReviewProcess.MESSAGE_APPEALED)
                    .correlationKey(contentId)
                    .messageId(appealMessageId(contentId))
                    .timeToLive(Content.APPEAL_WINDOW)
                    .variables(Map.of(ContentReviewProcess.VAR_APPEALED, true, "appealReason", appealReason))
                    .send()
                    .join();
        }
        catch (ClientStatusException e) {
            if (e.getStatusCode() != Status.Code.ALREADY_EXISTS) {
                throw e;
            }
            // the same appeal is already buffered: the engine deduplicated it
        }
    }

    static String appealMessageId(String contentId) {
        return "appeal:" + contentId;
    }
}
