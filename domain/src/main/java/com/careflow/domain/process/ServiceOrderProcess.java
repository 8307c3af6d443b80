package com.careflow.domain.process;

/** Ids the service-order BPMN (processes/service-order.bpmn) and its workers agree on. */
public final class ServiceOrderProcess {

    public static final String PROCESS_ID = "service-order";

    /** Published by the portal when the customer pays; correlated by order number. */
    public static final String MESSAGE_PAYMENT_SUBMITTED = "payment-submitted";

    public static final String JOB_CHARGE_PAYMENT = "payment.charge";
    public static final String JOB_CONFIRM_ORDER = "order.confirm";
    public static final String JOB_CANCEL_ORDER = "order.cancel";
    public static final String JOB_NOTIFY_CUSTOMER = "notify.customer";

    /** Task header naming the notification template a notify task sends. */
    public static final String HEADER_TEMPLATE = "template";
    public static final String TEMPLATE_ORDER_CONFIRMED = "order-confirmed";
    public static final String TEMPLATE_ORDER_CANCELLED = "order-cancelled";

    private ServiceOrderProcess() {
    }
}
