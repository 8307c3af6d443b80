package com.careflow.domain.process;

/**
 * Ids the content-review BPMN (processes/content-review.bpmn) and its workers and portal agree on. An article, post or
 * answer is pre-screened by the ai worker; a clear pass is published, a clear fail rejected, the rest goes to the
 * reviewer inbox. A rejected author may appeal once; the appeal goes to a different reviewer. Business key: the
 * content id. JOB_* are external-task topics. Behaviour: features/content-review.feature.
 */
public final class ContentReviewProcess {

    public static final String PROCESS_ID = "content-review";

    /** Sent by the portal when the author appeals a rejection; correlated by business key, carries appealed=true. */
    public static final String MESSAGE_APPEALED = "content-appealed";

    public static final String JOB_PRESCREEN = "ai.prescreen-content";
    public static final String JOB_PUBLISH = "content.publish";
    public static final String JOB_REJECT = "content.reject";
    public static final String JOB_REOPEN = "content.reopen";
    public static final String JOB_NOTIFY_AUTHOR = "notify.author";

    /** User tasks (element ids): the portal picks the task form by them. */
    public static final String TASK_REVIEW = "ReviewContent";
    public static final String TASK_REVIEW_APPEAL = "ReviewAppeal";

    /** Extension property of content.publish and content.reject: who decided, {@code ai} or {@code reviewer}. */
    public static final String HEADER_SOURCE = "source";
    public static final String SOURCE_AI = "ai";
    public static final String SOURCE_REVIEWER = "reviewer";

    /** notify.author templates (extension property {@link ServiceOrderProcess#HEADER_TEMPLATE}). */
    public static final String TEMPLATE_PUBLISHED = "content-published";
    public static final String TEMPLATE_REJECTED = "content-rejected";

    /** Variables. */
    public static final String VAR_CONTENT_ID = "contentId";
    public static final String VAR_APPEALED = "appealed";

    private ContentReviewProcess() {
    }
}
