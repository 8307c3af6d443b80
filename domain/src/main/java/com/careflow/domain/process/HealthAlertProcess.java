package com.careflow.domain.process;

/**
 * Ids of processes/health-alert.bpmn: started by the portal for each {@code CrisisReadingRecorded} (business key:
 * the reading id, once per reading). The customer is told at once what to do (in-app and mail); a consultant calls
 * back (user task, due in 30 minutes); 30 minutes without a claim alert operations; the outcome goes on the
 * customer's record. Behaviour: features/health-alert.feature.
 */
public final class HealthAlertProcess {

    public static final String PROCESS_ID = "health-alert";

    public static final String JOB_NOTIFY_CUSTOMER = "notify.health";
    public static final String JOB_RECORD_OUTCOME = "health.record-outcome";
    /** The operations alert is the grab-order's topic ({@link GrabOrderProcess#JOB_ALERT_OPERATIONS}). */
    public static final String JOB_ALERT_OPERATIONS = GrabOrderProcess.JOB_ALERT_OPERATIONS;

    /** The user task (element id) the inbox shows the call-back form for; candidate group {@link #GROUP}. */
    public static final String TASK_CALL_BACK = "CallBack";
    /** The realm role (and engine group) of the people who call customers back. */
    public static final String GROUP = "consultant";

    /** notify.health template and notify.operations alert (task extension properties). */
    public static final String TEMPLATE_CRISIS_ADVICE = "health-crisis-advice";
    public static final String ALERT_CALL_BACK_UNCLAIMED = "health-call-back-unclaimed";

    /** Variables. */
    public static final String VAR_READING_ID = "readingId";
    public static final String VAR_CUSTOMER_ID = "customerId";
    /** When the call-back is due (a date: 30 minutes after the reading was recorded). */
    public static final String VAR_CALL_BACK_DUE = "callBackDue";
    /** Who holds the call-back task now; kept by the task's assignment listener, null while nobody does. */
    public static final String VAR_CALL_BACK_ASSIGNEE = "callBackAssignee";
    /** The task's completion: a {@code CallBackOutcome} name, the note, who called. */
    public static final String VAR_OUTCOME = "callBackOutcome";
    public static final String VAR_OUTCOME_NOTE = "callBackNote";
    public static final String VAR_CONSULTANT_ID = "consultantId";
    public static final String VAR_CONSULTANT_NAME = "consultantName";

    private HealthAlertProcess() {
    }
}
