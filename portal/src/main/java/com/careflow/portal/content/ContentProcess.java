package com.careflow.portal.content;

import com.careflow.domain.process.ContentSubmitted;

/**
 * What the portal asks of the process engine about content: the seam between the web and the engine
 * (processes/content-review.bpmn).
 */
public interface ContentProcess {

    /** Starts a content-review instance (business key: the content id); returns its process instance id. */
    String start(ContentSubmitted submitted);

    /** The author appealed the rejection (message content-appealed, message id {@code appeal:<id>}). */
    void appealed(String contentId, String appealReason);
}
