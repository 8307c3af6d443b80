package com.careflow.portal.order;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

import com.careflow.domain.order.PaymentAttempt;
import com.careflow.domain.order.PaymentState;
import com.careflow.domain.order.ServiceOrder;

/**
 * The payment section of an unpaid order: where the latest attempt stands (null before the first), why a card was
 * declined, whether the form is offered (not while an attempt is in flight), and the deadline with the time left
 * (the page counts it down).
 */
record PaymentView(PaymentState state, String declineReason, boolean formOffered, long secondsLeft, String dueAt,
        String remaining) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    static PaymentView of(ServiceOrder order, Clock clock) {
        PaymentAttempt attempt = order.getPayment();
        PaymentState state = attempt == null ? null : attempt.state();
        Instant due = order.getPaymentDueAt();
        Duration left = due == null ? Duration.ZERO : Duration.between(clock.instant(), due);
        return new PaymentView(state, attempt == null ? null : attempt.declineReason(),
                state == null || !state.inFlight(), Math.max(0, left.toSeconds()),
                due == null ? null : TIME.format(due.atZone(clock.getZone())), minutesAndSeconds(left));
    }

    /** mm:ss, never negative. */
    static String minutesAndSeconds(Duration left) {
        long seconds = Math.max(0, left.toSeconds());
        return String.format("%02d:%02d", seconds / 60, seconds % 60);
    }
}
