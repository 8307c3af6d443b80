package com.careflow.domain.process;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

/**
 * Ids the service-order BPMN (processes/service-order.bpmn) and its workers agree on. Business key: the order
 * number (the called grab-order and appointment instances get it too); every message below is correlated by it.
 * JOB_* are external-task topics. Behaviour: features/service-order.feature.
 */
public final class ServiceOrderProcess {

    public static final String PROCESS_ID = "service-order";

    /**
     * Sent by the portal when the customer pays; carries the card's last four digits and the attempt number
     * ({@link PaymentSubmitted}). Declined or failed attempts bring the instance back to wait for the next one.
     */
    public static final String MESSAGE_PAYMENT_SUBMITTED = "payment-submitted";
    /** Sent by the portal when the customer cancels a paid or confirmed order before the service starts. */
    public static final String MESSAGE_CANCEL_REQUESTED = "order-cancel-requested";
    /** Sent by the portal when the provider marks the service delivered. */
    public static final String MESSAGE_SERVICE_COMPLETED = "service-completed";
    /** Sent by the portal when the customer files a complaint about a completed order. */
    public static final String MESSAGE_COMPLAINT_FILED = "complaint-filed";
    /** Sent by the portal when operations approves or rejects the complaint. */
    public static final String MESSAGE_COMPLAINT_DECIDED = "complaint-decided";

    public static final String JOB_RESERVE_SLOT = "slot.reserve";
    public static final String JOB_RELEASE_SLOT = "slot.release";
    public static final String JOB_CHARGE_PAYMENT = "payment.charge";
    public static final String JOB_REFUND_PAYMENT = "payment.refund";
    public static final String JOB_CONFIRM_ORDER = "order.confirm";
    public static final String JOB_CANCEL_ORDER = "order.cancel";
    public static final String JOB_START_ORDER = "order.start";
    public static final String JOB_COMPLETE_ORDER = "order.complete";
    /** The gateway stayed unreachable through the charge's retries: the attempt is recorded as failed. */
    public static final String JOB_RECORD_PAYMENT_FAILURE = "order.payment-failed";
    public static final String JOB_REFUND_ORDER = "order.refund";
    public static final String JOB_WITHDRAW_OFFER = "assignment.withdraw";
    public static final String JOB_REPLACE_PROVIDER = "assignment.replace";
    public static final String JOB_NOTIFY_CUSTOMER = "notify.customer";

    /** BPMN error the slot step throws when the slot was taken in the meantime. */
    public static final String ERROR_SLOT_UNAVAILABLE = "SLOT_UNAVAILABLE";
    /**
     * BPMN error of the charge step when the gateway stayed unreachable through every retry: nothing was charged,
     * the customer may pay again, operations is alerted (instead of an incident that would hold the order).
     */
    public static final String ERROR_PAYMENT_GATEWAY_UNAVAILABLE = "PAYMENT_GATEWAY_UNAVAILABLE";
    /** BPMN error of the completion step when the service has not started yet; the order waits for a completion. */
    public static final String ERROR_SERVICE_NOT_STARTED = "SERVICE_NOT_STARTED";

    /** Until when the order may be paid (a date, 30 minutes after placement; the model's payment timer waits for it). */
    public static final String VAR_PAYMENT_DEADLINE = "paymentDeadline";
    /** Which payment attempt of the order the charge step charges (1, 2, …); part of its idempotency key. */
    public static final String VAR_PAYMENT_ATTEMPT = "paymentAttempt";

    /** Extension property naming the notification template a notify task sends. */
    public static final String HEADER_TEMPLATE = "template";
    /** Extension property of a cancel step: why the order is cancelled (a {@code CancelReason} code). */
    public static final String HEADER_REASON = "reason";

    public static final String TEMPLATE_ORDER_CONFIRMED = "order-confirmed";
    public static final String TEMPLATE_ORDER_CANCELLED = "order-cancelled";
    public static final String TEMPLATE_ORDER_COMPLETED = "order-completed";
    public static final String TEMPLATE_ORDER_REFUNDED = "order-refunded";
    public static final String TEMPLATE_COMPLAINT_REJECTED = "complaint-rejected";
    public static final String TEMPLATE_PROVIDER_REPLACED = "provider-replaced";
    /** Operations alert (notify.operations) of a payment the gateway could not take through every retry. */
    public static final String ALERT_PAYMENT_GATEWAY_DOWN = "payment-gateway-down";

    /** The payment deadline as the model's timer reads it: a date, fixed at placement. */
    public static Map<String, Object> paymentDeadline(Instant dueAt) {
        return Map.of(VAR_PAYMENT_DEADLINE, Date.from(dueAt));
    }

    private ServiceOrderProcess() {
    }
}
