package com.careflow.portal.order;

import com.careflow.domain.process.OrderPlaced;
import com.careflow.domain.process.PaymentSubmitted;

/** What the portal asks of the process engine about an order. The seam between the web and Zeebe. */
interface OrderProcess {

    /** Starts a service-order instance; returns its process instance key. */
    long start(OrderPlaced placed);

    /** Tells the order's instance that the customer paid. Submitting twice for one order is harmless. */
    void submitPayment(String orderNumber, PaymentSubmitted payment);
}
