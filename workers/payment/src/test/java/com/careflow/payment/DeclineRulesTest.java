package com.careflow.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.PaymentOutcome;

/** The simulated gateway's default decline rules, seen through the worker's outcome and records. */
@PaymentWorkerTest
class DeclineRulesTest {

    @Autowired
    PaymentWorker worker;
    @Autowired
    TestOrders testOrders;
    @Autowired
    Orders orders;
    @Autowired
    Payments payments;

    @Test
    void declinedCard() {
        assertDeclined("199.00", "0002", "card_declined", "Card declined by the issuing bank");
    }

    @Test
    void insufficientFunds() {
        assertDeclined("199.00", "9995", "card_declined", "Insufficient funds");
    }

    @Test
    void amountAboveTheCardLimit() {
        assertDeclined("20000.01", "4242", "amount_over_limit", "Amount exceeds the card limit");
    }

    @Test
    void amountAtTheCardLimitIsApproved() {
        ServiceOrder order = testOrders.placed("20000.00");

        PaymentOutcome outcome = worker.chargePayment(new ChargeInput(order.getOrderNumber(),
                new BigDecimal("20000.00"), "4242"));

        assertThat(outcome.paymentApproved()).isTrue();
        assertThat(outcome.declineReason()).isNull();
        assertThat(orders.findById(order.getOrderNumber()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);
    }

    private void assertDeclined(String amount, String card, String code, String reason) {
        ServiceOrder order = testOrders.placed(amount);

        PaymentOutcome outcome = worker.chargePayment(new ChargeInput(order.getOrderNumber(),
                new BigDecimal(amount), card));

        assertThat(outcome.paymentApproved()).isFalse();
        assertThat(outcome.declineReason()).isEqualTo(reason);
        assertThat(outcome.paymentId()).startsWith("sim_");
        Payment payment = payments.findByOrderNumber(order.getOrderNumber()).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(payment.declineCode()).isEqualTo(code);
        assertThat(payment.declineReason()).isEqualTo(reason);
        assertThat(payment.amount()).isEqualByComparingTo(amount);
        // A decline is the customer's outcome, not ours to act on: the cancel step of the process does that.
        assertThat(orders.findById(order.getOrderNumber()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PENDING);
    }
}
