package com.careflow.portal.task;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.careflow.domain.engine.UserTask;
import com.careflow.portal.security.PortalUser;

/**
 * What the inbox knows about one kind of review task (one process): the subject a list row names, the domain object its
 * form shows (both found by the task's business key, the subject's id), the reason codes a rejection may carry, and who
 * may not decide. The form is picked by the task's element id ({@link #form(String)}).
 */
interface ReviewTaskType {

    /** The bpmnProcessId whose user tasks this type covers. */
    String processId();

    /**
     * The subject line of each given business key (the subject's id: content id, application id), missing when
     * the object is gone.
     */
    Map<String, String> subjects(Collection<String> businessKeys);

    /** The domain object the task form shows (the content, the application); empty when it cannot be found. */
    Optional<Object> subject(String businessKey);

    /** Reason codes a rejection may carry, in display order. */
    List<String> reasons();

    /** Message key prefix of the reason labels: {@code <prefix><CODE>}. */
    String reasonLabelPrefix();

    /** The template fragment that renders the subject for the task's element ("task/content :: subject"). */
    String form(String elementId);

    /**
     * The template fragment of the task's own decision form, posting to its own route ("task/call-back ::
     * decision"); null for the review decision (approve or reject with reasons).
     */
    default String decisionForm(String elementId) {
        return null;
    }

    /**
     * Why this user must not decide the task on this subject (a message key), e.g. an appeal for the reviewer who
     * made the first decision; empty when they may.
     */
    default Optional<String> refusal(UserTask task, Object subject, PortalUser user) {
        return Optional.empty();
    }

}
