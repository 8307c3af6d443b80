package com.careflow.domain.process;

/**
 * Ids the grab-order BPMN (processes/grab-order.bpmn) and its workers agree on. The service order calls it once the
 * order is paid, under the order number as business key; it ends with the order's provider in {@code providerId},
 * or none. JOB_* are external-task topics. Behaviour: features/grab-order.feature.
 */
public final class GrabOrderProcess {

    public static final String PROCESS_ID = "grab-order";

    /** Sent by the portal after a provider's claim won in Mongo; correlated by business key (the order number). */
    public static final String MESSAGE_ORDER_GRABBED = "order-grabbed";

    public static final String JOB_OPEN_OFFER = "assignment.offer";
    public static final String JOB_EXPIRE_ROUND = "assignment.expire-round";
    public static final String JOB_RANK_PROVIDERS = "ai.rank-providers";
    public static final String JOB_AUTO_ASSIGN = "assignment.auto";
    public static final String JOB_ALERT_OPERATIONS = "notify.operations";

    /** Extension property of the operations alert: what happened. */
    public static final String HEADER_ALERT = "alert";
    public static final String ALERT_NOBODY_GRABBED = "nobody-grabbed";
    public static final String ALERT_NO_PROVIDER = "no-provider";

    /** How long a round of the offer stays open: an ISO-8601 duration text, set by assignment.offer. */
    public static final String VAR_OFFER_WINDOW = "offerWindow";

    private GrabOrderProcess() {
    }
}
