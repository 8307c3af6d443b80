package com.careflow.portal.order;

import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;

/**
 * What the portal asks of the process engine about an order: the seam between the web and the engine's
 * {@code Workflows} port. Public because the provider and operations areas tell the same instances what happened. Every
 * message carries a message id, so sending one twice (a double click, a retried request) is harmless.
 */
public interface OrderProcess {

    /** Starts a service-order instance (business key: the order number); returns its process instance id. */
    String start(OrderPlaced placed);

    /** Tells the order's instance that the customer paid. */
    void submitPayment(String orderNumber, PaymentSubmitted payment);

    /** The customer cancels a paid or confirmed order before the service starts (message order-cancel-requested). */
    void requestCancel(String orderNumber, String cancelledBy);

    /** The customer moved the appointment; {@code appointmentStart} is ISO-8601 with offset. */
    void rescheduled(String orderNumber, String appointmentStart);

    /** The customer complained about a completed order. */
    void complaintFiled(String orderNumber);

    /** Operations decided the complaint; approved means the order is refunded. */
    void complaintDecided(String orderNumber, boolean approved);

    /** A provider's grab won the offer in Mongo; the grab-order instance may stop waiting. */
    void orderGrabbed(String orderNumber, String providerId);

    /** The provider arrived (checked in) for the appointment. */
    void providerCheckedIn(String orderNumber);

    /** The provider marked the service delivered. */
    void serviceCompleted(String orderNumber);
}
