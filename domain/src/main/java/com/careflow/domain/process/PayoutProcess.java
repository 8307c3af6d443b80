package com.careflow.domain.process;

/**
 * Ids the payout BPMN (processes/payout.bpmn) and its workers and portal agree on. Two processes in one file:
 * {@link #SETTLEMENT_PROCESS_ID} starts weekly on a timer (cycle from the bean {@link #SCHEDULE_BEAN}), settles the
 * last full week into statements and calls {@link #PROCESS_ID} once per statement; a payout (business key: the
 * statement id) is approved automatically at or below the approval threshold, by finance above it, then transferred
 * through the payout gateway and checked with the bank. JOB_* are external-task topics.
 * Behaviour: features/payout.feature.
 */
public final class PayoutProcess {

    public static final String SETTLEMENT_PROCESS_ID = "payout-settlement";
    public static final String PROCESS_ID = "payout";

    /** The Spring bean the weekly timer's cycle is read from: {@code ${payoutSchedule.cycle}}. */
    public static final String SCHEDULE_BEAN = "payoutSchedule";

    public static final String JOB_SETTLE = "payout.settle";
    public static final String JOB_PREPARE = "payout.prepare";
    public static final String JOB_APPROVE = "payout.approve";
    public static final String JOB_REJECT = "payout.reject";
    public static final String JOB_TRANSFER = "payout.transfer";
    public static final String JOB_CONFIRM = "payout.confirm";
    public static final String JOB_NOTIFY_PROVIDER = "notify.provider";

    /** User task (element id): finance approves or rejects a payout above the threshold. */
    public static final String TASK_APPROVE = "ApprovePayout";
    /** Candidate group of {@link #TASK_APPROVE}. */
    public static final String FINANCE_GROUP = "finance";

    /** notify.provider templates (extension property {@link ServiceOrderProcess#HEADER_TEMPLATE}). */
    public static final String TEMPLATE_PAID = "payout-paid";
    public static final String TEMPLATE_REJECTED = "payout-rejected";
    public static final String TEMPLATE_RETURNED = "payout-returned";

    /**
     * Variables of payout-settlement: how many statements to pay, and each one's id in its own variable
     * ({@link #statementVariable}: {@code payoutStatement0}, {@code payoutStatement1}, …). One short variable per
     * statement, because the engine keeps a text variable in at most 4,000 characters and a week may have hundreds.
     */
    public static final String VAR_STATEMENT_COUNT = "statementCount";
    public static final String VAR_STATEMENT_PREFIX = "payoutStatement";
    /** Variables of payout. */
    public static final String VAR_STATEMENT_ID = "statementId";
    /** Set by payout.prepare: the statement's net is above the approval threshold. */
    public static final String VAR_APPROVAL_REQUIRED = "approvalRequired";
    /**
     * Finance's decision in {@link #TASK_APPROVE}, with the inbox's decision variables ({@link ReviewDecision}):
     * approved, who decided, and the reason of a rejection (the note; a payout rejection has no reason codes).
     */
    public static final String VAR_APPROVED = "reviewApproved";
    public static final String VAR_DECIDED_BY = "reviewerId";
    public static final String VAR_DECISION_REASON = "reviewNote";
    /** Set by payout.confirm: the bank returned the transfer. */
    public static final String VAR_RETURNED = "returned";

    /** Who approved a payout at or below the threshold. */
    public static final String AUTOMATIC = "automatic";

    private PayoutProcess() {
    }

    /** The variable holding the id of the {@code index}-th statement (from 0) a settlement pays out. */
    public static String statementVariable(int index) {
        return VAR_STATEMENT_PREFIX + index;
    }
}
