package com.careflow.domain.order;

import java.util.Arrays;
import java.util.Locale;

/**
 * Why an order was cancelled. Cancel steps in the service-order model name it in their {@code reason} task header
 * (kebab-case, {@link #header()}); the portal and the mails localize it by {@link #messageKey()}.
 */
public enum CancelReason {
    PAYMENT_DECLINED, PAYMENT_TIMEOUT, SLOT_UNAVAILABLE, CUSTOMER_CANCELLED, NOT_SERVED;

    /** The task-header spelling, e.g. {@code payment-timeout}. */
    public String header() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Key of the localized explanation in the messages bundles: {@code order.cancelReason.PAYMENT_TIMEOUT}. */
    public String messageKey() {
        return "order.cancelReason." + name();
    }

    /** Reads a task header value; a typo in a model must fail loudly, not cancel for an unknown reason. */
    public static CancelReason fromHeader(String header) {
        return Arrays.stream(values())
                .filter(reason -> reason.header().equals(header == null ? null : header.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown cancel reason '" + header
                        + "'; expected one of " + Arrays.stream(values()).map(CancelReason::header).toList()));
    }
}
