package com.careflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.PaymentNotAcceptedException;
import com.careflow.domain.order.PaymentState;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.PaymentOutcome;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.worker.TaskFailure;

/**
 * An order is paid through attempts: each attempt is its own charge, keyed by order and attempt, so a retried or
 * re-delivered charge never charges twice, a new card after a decline or an outage is charged, and of two payments
 * submitted for one order only one ever reaches the gateway.
 */
@PaymentWorkerTest
class PaymentAttemptsTest {

    @Autowired
    PaymentWorker worker;
    @Autowired
    RefundWorker refunds;
    @Autowired
    TestOrders testOrders;
    @Autowired
    Orders orders;
    @Autowired
    OrderChanges changes;
    @Autowired
    Payments payments;
    @Autowired
    MongoOperations mongo;
    @Autowired
    Clock clock;

    @Test
    void aDeclinedCardLeavesTheOrderPayableAndTheNextCardPaysIt() {
        ServiceOrder order = testOrders.placed("199.00");

        PaymentOutcome declined = worker.chargePayment(charge(order, submit(order, "0002")));
        ServiceOrder afterDecline = orders.findById(order.getOrderNumber()).orElseThrow();
        assertThat(declined.paymentApproved()).isFalse();
        assertThat(afterDecline.getStatus()).isEqualTo(OrderStatus.PENDING);
        assertThat(afterDecline.getPayment().state()).isEqualTo(PaymentState.DECLINED);
        assertThat(afterDecline.getPayment().declineReason()).isEqualTo(declined.declineReason()).isNotBlank();

        PaymentOutcome paid = worker.chargePayment(charge(order, submit(order, "4242")));

        assertThat(paid.paymentApproved()).isTrue();
        assertThat(ledgerKeys(order)).containsExactlyInAnyOrder("order-charge:" + order.getOrderNumber() + ":1",
                "order-charge:" + order.getOrderNumber() + ":2");
        assertThat(payments.charged(order.getOrderNumber())).get().extracting(Payment::gatewayPaymentId)
                .isEqualTo(paid.paymentId());
        ServiceOrder after = orders.findById(order.getOrderNumber()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(after.getPayment().state()).isEqualTo(PaymentState.APPROVED);
    }

    @Test
    void compensationAfterADeclineAndAPaymentRefundsThePaidChargeOnce() {
        ServiceOrder order = testOrders.placed("199.00");
        worker.chargePayment(charge(order, submit(order, "0002")));
        PaymentOutcome paid = worker.chargePayment(charge(order, submit(order, "4242")));

        // one compensation task per completed charge: the declined one and the paid one
        String first = refunds.refundPayment(new RefundInput(order.getOrderNumber())).refundId();
        String second = refunds.refundPayment(new RefundInput(order.getOrderNumber())).refundId();

        assertThat(second).isEqualTo(first).isNotNull();
        assertThat(mongo.find(Query.query(Criteria.where("orderNumber").is(order.getOrderNumber())),
                GatewayRefund.class)).singleElement()
                .satisfies(refund -> assertThat(refund.paymentId()).isEqualTo(paid.paymentId()));
    }

    @Test
    void aRedeliveredChargeOfAnAttemptChargesOnce() {
        ServiceOrder order = testOrders.placed("199.00");
        ChargeInput attempt = charge(order, submit(order, "4242"));

        PaymentOutcome first = worker.chargePayment(attempt);
        PaymentOutcome again = worker.chargePayment(attempt);

        assertThat(again).isEqualTo(first);
        assertThat(ledgerKeys(order)).containsExactly("order-charge:" + order.getOrderNumber() + ":1");
        assertThat(mongo.findById("order-charge:" + order.getOrderNumber() + ":1", GatewayCharge.class).replays())
                .isEqualTo(1);
    }

    @Test
    void anOutageShowsRetryingAndEndsAtTheModelsGatewayPathNotAnIncident() {
        ServiceOrder order = testOrders.placed("199.00");

        TaskFailure failure = catchThrowableOfType(TaskFailure.class,
                () -> worker.chargePayment(charge(order, submit(order, "0119"))));

        assertThat(failure.retryable()).isTrue();
        assertThat(failure.errorWhenExhausted()).isEqualTo(ServiceOrderProcess.ERROR_PAYMENT_GATEWAY_UNAVAILABLE);
        assertThat(orders.findById(order.getOrderNumber()).orElseThrow().getPayment().state())
                .isEqualTo(PaymentState.RETRYING);
        assertThat(ledgerKeys(order)).isEmpty();
    }

    @Test
    void anAttemptThatIsNotTheOrdersCurrentOneIsNeverCharged() {
        ServiceOrder order = testOrders.placed("199.00");
        int first = submit(order, "4242");
        worker.chargePayment(charge(order, first));

        TaskFailure refused = catchThrowableOfType(TaskFailure.class,
                () -> worker.chargePayment(new ChargeInput(order.getOrderNumber(), new BigDecimal("199.00"), "5555",
                        first + 1)));

        assertThat(refused.retryable()).isFalse();
        assertThat(refused.getMessage()).contains("payment 2 of order " + order.getOrderNumber()
                + " is not the one to charge (order PAID, current payment 1 APPROVED)");
        assertThat(ledgerKeys(order)).containsExactly("order-charge:" + order.getOrderNumber() + ":1");
    }

    @Test
    void ofPaymentsSubmittedAtTheSameTimeOnlyOneIsChargedAndPays() throws Exception {
        ServiceOrder order = testOrders.placed("199.00");
        int customers = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(customers)) {
            for (int i = 0; i < customers; i++) {
                String card = "424" + i;
                outcomes.add(pool.submit(() -> {
                    start.await();
                    int attempt;
                    try {
                        attempt = submit(order, card);
                    } catch (PaymentNotAcceptedException refused) {
                        return "refused";
                    }
                    return worker.chargePayment(charge(order, attempt, card)).paymentApproved() ? "paid" : "declined";
                }));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            assertThat(results).containsOnlyOnce("paid").doesNotContain("declined");
        }
        assertThat(ledgerKeys(order)).hasSize(1);
        assertThat(orders.findById(order.getOrderNumber()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);
    }

    /** The customer submits a payment, as the portal does: a new attempt on the order. */
    private int submit(ServiceOrder order, String cardLast4) {
        return changes.change(order.getOrderNumber(), fresh -> fresh.submitPayment(cardLast4, clock)).getPayment()
                .number();
    }

    private ChargeInput charge(ServiceOrder order, int attempt) {
        ServiceOrder fresh = orders.findById(order.getOrderNumber()).orElseThrow();
        return charge(order, attempt, fresh.getPayment().cardLast4());
    }

    private static ChargeInput charge(ServiceOrder order, int attempt, String cardLast4) {
        return new ChargeInput(order.getOrderNumber(), new BigDecimal("199.00"), cardLast4, attempt);
    }

    private List<String> ledgerKeys(ServiceOrder order) {
        return mongo.find(Query.query(Criteria.where("orderNumber").is(order.getOrderNumber())), GatewayCharge.class)
                .stream().map(GatewayCharge::id).toList();
    }
}
