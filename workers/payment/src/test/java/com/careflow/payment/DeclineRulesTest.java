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
        assertDeclined("199.00", "0002", "card_declined", "Card declined by the issuing bank",
                "发卡行拒绝了这笔交易，请换一张卡或联系发卡行。");
    }

    @Test
    void insufficientFunds() {
        assertDeclined("199.00", "9995", "insufficient_funds", "Insufficient funds", "卡内余额不足，请换一张卡支付。");
    }

    @Test
    void amountAboveTheCardLimit() {
        assertDeclined("20000.01", "4242", "amount_over_limit", "Amount exceeds the card limit",
                "订单金额超过了该卡的单笔限额。");
    }

    @Test
    void englishSpeakingCustomersAreToldInEnglish() {
        ServiceOrder order = testOrders.placed("199.00", "en");

        PaymentOutcome outcome = worker.chargePayment(new ChargeInput(order.getOrderNumber(),
                new BigDecimal("199.00"), "9995"));

        assertThat(outcome.declineReason()).isEqualTo("The card has insufficient funds. Please pay with another card.");
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

    private void assertDeclined(String amount, String card, String code, String gatewaySaid, String customerReads) {
        ServiceOrder order = testOrders.placed(amount);

        PaymentOutcome outcome = worker.chargePayment(new ChargeInput(order.getOrderNumber(),
                new BigDecimal(amount), card));

        assertThat(outcome.paymentApproved()).isFalse();
        assertThat(outcome.declineReason()).isEqualTo(customerReads);
        assertThat(outcome.paymentId()).startsWith("sim_");
        Payment payment = payments.findByOrderNumber(order.getOrderNumber()).getFirst();
        assertThat(payment.status()).isEqualTo(PaymentStatus.DECLINED);
        assertThat(payment.declineCode()).isEqualTo(code);
        assertThat(payment.declineReason()).as("our record keeps what the gateway said").isEqualTo(gatewaySaid);
        assertThat(payment.amount()).isEqualByComparingTo(amount);
        // A decline is the customer's outcome, not ours to act on: the cancel step of the process does that.
        assertThat(orders.findById(order.getOrderNumber()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PENDING);
    }
}
