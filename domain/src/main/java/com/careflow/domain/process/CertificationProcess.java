package com.careflow.domain.process;

/**
 * Ids the certification BPMN (processes/certification.bpmn) and its workers and portal agree on. A provider's
 * application is checked automatically, then decided by a reviewer; approval grants the provider role and the
 * category in Keycloak and a certificate for a year, reminded 30 days before it expires; expiry suspends grabbing.
 * Business key: the application id. JOB_* are external-task topics. Behaviour: features/certification.feature.
 */
public final class CertificationProcess {

    public static final String PROCESS_ID = "certification";

    /**
     * Sent by certify.grant when a renewal is approved, only if an instance waits for it right now: ends the waiting
     * instance of the certificate it replaces. Correlated by the process variable {@link #VAR_RENEWAL_KEY}
     * ({@link #renewalKey}), not by business key.
     */
    public static final String MESSAGE_RENEWED = "certification-renewed";

    public static final String JOB_CHECK = "certify.check";
    public static final String JOB_REJECT = "certify.reject";
    public static final String JOB_GRANT = "certify.grant";
    public static final String JOB_EXPIRE = "certify.expire";
    public static final String JOB_NOTIFY_APPLICANT = "notify.applicant";

    /** User task (element id): the portal picks the task form by it. */
    public static final String TASK_REVIEW = "ReviewApplication";

    /** Extension property of certify.reject: who decided, {@code checks} or {@code reviewer}. */
    public static final String HEADER_SOURCE = "source";
    public static final String SOURCE_CHECKS = "checks";
    public static final String SOURCE_REVIEWER = "reviewer";

    /** notify.applicant templates (extension property {@link ServiceOrderProcess#HEADER_TEMPLATE}). */
    public static final String TEMPLATE_APPROVED = "certification-approved";
    public static final String TEMPLATE_REJECTED = "certification-rejected";
    public static final String TEMPLATE_RENEWAL = "certification-renewal";
    public static final String TEMPLATE_EXPIRED = "certification-expired";

    /** Variables. */
    public static final String VAR_APPLICATION_ID = "applicationId";
    /** A start variable; {@link #MESSAGE_RENEWED} is correlated by it. */
    public static final String VAR_RENEWAL_KEY = "renewalKey";
    /** When the renewal reminder goes (a date, set by certify.grant; the model's timer waits for it). */
    public static final String VAR_RENEWAL_REMINDER_AT = "renewalReminderAt";
    /** When the certificate expires (a date, set by certify.grant; the model's timer waits for it). */
    public static final String VAR_EXPIRES_AT = "expiresAt";

    private CertificationProcess() {
    }

    /** One certificate per provider and category: the key its renewal message is correlated by. */
    public static String renewalKey(String applicantId, String category) {
        return applicantId + ":" + category;
    }
}
