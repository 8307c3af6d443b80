package com.careflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.ledger.Account;
import com.careflow.domain.ledger.AccountKind;
import com.careflow.domain.ledger.Balances;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.worker.TaskFailure;

/**
 * The charge step's compensation: an approved charge is refunded once however often (and however concurrently)
 * the job runs; a declined or missing charge refunds nothing and still completes.
 */
@PaymentWorkerTest
class RefundWorkerTest {

    @Autowired
    PaymentWorker charges;
    @Autowired
    RefundWorker worker;
    @Autowired
    PaymentGateway gateway;
    @Autowired
    TestOrders testOrders;
    @Autowired
    Orders orders;
    @Autowired
    Payments payments;
    @Autowired
    MongoOperations mongo;
    @Autowired
    Balances balances;

    @Test
    void approvedChargeIsRefundedOnceAndTheOrderIsLeftToItsOwnStep() {
        ServiceOrder order = charged("4242");

        RefundOutcome first = worker.refundPayment(new RefundInput(order.getOrderNumber()));
        RefundOutcome redelivered = worker.refundPayment(new RefundInput(order.getOrderNumber()));

        assertThat(first.refundId()).startsWith("sim_re_");
        assertThat(redelivered).isEqualTo(first);
        assertRefundedOnce(order.getOrderNumber(), first.refundId());
        assertThat(orders.findById(order.getOrderNumber()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void concurrentDeliveriesRefundOnce() throws Exception {
        ServiceOrder order = charged("4242");
        int deliveries = 6;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<RefundOutcome>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(deliveries)) {
            for (int i = 0; i < deliveries; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await();
                    return worker.refundPayment(new RefundInput(order.getOrderNumber()));
                }));
            }
            start.countDown();
            String refundId = outcomes.get(0).get().refundId();
            for (Future<RefundOutcome> outcome : outcomes) {
                assertThat(outcome.get().refundId()).isEqualTo(refundId);
            }
            assertRefundedOnce(order.getOrderNumber(), refundId);
        }
    }

    @Test
    void refundWhoseAnswerWasLostIsReplayedByTheGatewayNotRepeated() {
        ServiceOrder order = charged("4242");
        Payment payment = payments.findById("order-charge:" + order.getOrderNumber()).orElseThrow();
        // the gateway booked the refund, but the worker died before recording it
        RefundResult booked = gateway.refund(RefundRequest.of(payment));

        RefundOutcome retried = worker.refundPayment(new RefundInput(order.getOrderNumber()));

        assertThat(retried.refundId()).isEqualTo(booked.refundId());
        assertThat(mongo.findById("refund:" + order.getOrderNumber(), GatewayRefund.class).replays()).isEqualTo(1);
        assertRefundedOnce(order.getOrderNumber(), booked.refundId());
    }

    @Test
    void declinedChargeHasNothingToRefund() {
        ServiceOrder order = charged("0002");

        RefundOutcome outcome = worker.refundPayment(new RefundInput(order.getOrderNumber()));

        assertThat(outcome.refundId()).isNull();
        assertThat(payments.findById("order-charge:" + order.getOrderNumber()).orElseThrow().status())
                .isEqualTo(PaymentStatus.DECLINED);
        assertThat(mongo.findById("refund:" + order.getOrderNumber(), GatewayRefund.class)).isNull();
        assertThat(balances.of(order.getOrderNumber())).as("nothing charged, nothing in the ledger").isEmpty();
    }

    @Test
    void orderNeverChargedHasNothingToRefund() {
        ServiceOrder order = testOrders.placed("199.00");

        assertThat(worker.refundPayment(new RefundInput(order.getOrderNumber())).refundId()).isNull();
        assertThat(mongo.findById("refund:" + order.getOrderNumber(), GatewayRefund.class)).isNull();
    }

    @Test
    void gatewayErrorIsRetriedAfterTheBackoffAndRefundsNothing() {
        ServiceOrder order = charged("0341");

        TaskFailure error = catchThrowableOfType(TaskFailure.class,
                () -> worker.refundPayment(new RefundInput(order.getOrderNumber())));

        assertThat(error.getMessage()).isEqualTo("Refunding order " + order.getOrderNumber()
                + " failed, will retry: payment gateway refund error for card ending 0341");
        assertThat(error.retryable()).as("the task's retries minus one").isTrue();
        assertThat(error.backoff()).isEqualTo(Duration.ofSeconds(7));
        assertThat(payments.findById("order-charge:" + order.getOrderNumber()).orElseThrow().status())
                .isEqualTo(PaymentStatus.APPROVED);
        assertThat(mongo.findById("refund:" + order.getOrderNumber(), GatewayRefund.class)).isNull();
    }

    @Test
    void missingOrderNumberFailsWithoutRetries() {
        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.refundPayment(new RefundInput(" ")));

        assertThat(error.getMessage()).isEqualTo("Cannot refund order  : variable orderNumber is missing");
        assertThat(error.retryable()).as("no retries: an incident at once").isFalse();
    }

    @Test
    void gatewayRefusesToRefundMoreThanWasCharged() {
        ServiceOrder order = charged("4242");
        Payment payment = payments.findById("order-charge:" + order.getOrderNumber()).orElseThrow();

        InvalidChargeException refused = catchThrowableOfType(InvalidChargeException.class,
                () -> gateway.refund(new RefundRequest("refund:" + order.getOrderNumber(), order.getOrderNumber(),
                        payment.gatewayPaymentId(), new BigDecimal("999.00"))));

        assertThat(refused).hasMessage("refund of 999.00 CNY exceeds the charge of 199.00 CNY");
        assertThat(mongo.findById("refund:" + order.getOrderNumber(), GatewayRefund.class)).isNull();
    }

    private ServiceOrder charged(String card) {
        ServiceOrder order = testOrders.placed("199.00");
        charges.chargePayment(new ChargeInput(order.getOrderNumber(), new BigDecimal("199.00"), card));
        return order;
    }

    private void assertRefundedOnce(String orderNumber, String refundId) {
        List<GatewayRefund> ledger = mongo.find(Query.query(Criteria.where("orderNumber").is(orderNumber)),
                GatewayRefund.class);
        assertThat(ledger).singleElement().satisfies(refund -> {
            assertThat(refund.id()).isEqualTo("refund:" + orderNumber);
            assertThat(refund.result().refundId()).isEqualTo(refundId);
            assertThat(refund.amount()).isEqualByComparingTo("199.00");
        });
        Payment payment = payments.findById("order-charge:" + orderNumber).orElseThrow();
        assertThat(payment.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(payment.refundId()).isEqualTo(refundId);
        assertThat(payment.refundedAt()).isNotNull();
        // charged and paid back before delivery: the order's clearing and prepayment are both back at zero
        assertThat(mongo.find(Query.query(Criteria.where("reference").is(orderNumber)), Document.class,
                "journal")).extracting(entry -> entry.get("_id"))
                .containsExactlyInAnyOrder("charge:" + orderNumber, "refund:" + orderNumber);
        assertThat(balances.of(orderNumber)).containsOnly(
                Map.entry(Account.of(AccountKind.CUSTOMER_PAYMENTS_CLEARING), Money.fen(0)),
                Map.entry(Account.of(AccountKind.CUSTOMER_PREPAYMENTS), Money.fen(0)));
    }
}
