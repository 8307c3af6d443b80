package com.careflow.payment;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
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
import com.careflow.domain.order.OrderEvent;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.PaymentOutcome;

/**
 * The engine hands out external tasks at least once: a task whose completion got lost is handed out again after
 * its lock expires, and a slow one may even run twice at the same time. Either way the customer is charged once.
 */
@PaymentWorkerTest
class PaymentIdempotencyTest {

    @Autowired
    PaymentWorker worker;
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
    void redeliveredJobChargesOnce() {
        ServiceOrder order = testOrders.placed("199.00");
        ChargeInput job = new ChargeInput(order.getOrderNumber(), new BigDecimal("199.00"), "4242");

        PaymentOutcome first = worker.chargePayment(job);
        PaymentOutcome redelivered = worker.chargePayment(job);

        assertThat(first.paymentApproved()).isTrue();
        assertThat(first.paymentId()).startsWith("sim_");
        assertThat(redelivered).isEqualTo(first);
        assertChargedOnce(order.getOrderNumber(), first.paymentId());
    }

    @Test
    void concurrentDeliveriesChargeOnce() throws Exception {
        ServiceOrder order = testOrders.placed("359.00");
        ChargeInput job = new ChargeInput(order.getOrderNumber(), new BigDecimal("359.00"), "4242");
        int deliveries = 8;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<PaymentOutcome>> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(deliveries)) {
            Callable<PaymentOutcome> delivery = () -> {
                start.await();
                return worker.chargePayment(job);
            };
            for (int i = 0; i < deliveries; i++) {
                outcomes.add(pool.submit(delivery));
            }
            start.countDown();
            PaymentOutcome first = outcomes.get(0).get();
            for (Future<PaymentOutcome> outcome : outcomes) {
                assertThat(outcome.get()).isEqualTo(first);
            }
            assertChargedOnce(order.getOrderNumber(), first.paymentId());
        }
    }

    private void assertChargedOnce(String orderNumber, String paymentId) {
        String key = "order-charge:" + orderNumber;
        List<GatewayCharge> ledger = mongo.find(Query.query(Criteria.where("orderNumber").is(orderNumber)),
                GatewayCharge.class);
        assertThat(ledger).singleElement().satisfies(charge -> {
            assertThat(charge.id()).isEqualTo(key);
            assertThat(charge.result().paymentId()).isEqualTo(paymentId);
        });

        assertThat(payments.findAll()).filteredOn(p -> p.orderNumber().equals(orderNumber)).singleElement()
                .satisfies(payment -> {
                    assertThat(payment.id()).isEqualTo(key);
                    assertThat(payment.status()).isEqualTo(PaymentStatus.APPROVED);
                    assertThat(payment.gatewayPaymentId()).isEqualTo(paymentId);
                });

        ServiceOrder order = orders.findById(orderNumber).orElseThrow();
        assertThat(mongo.find(Query.query(Criteria.where("reference").is(orderNumber)), Document.class,
                "journal")).as("one ledger entry").extracting(entry -> entry.get("_id"))
                .containsExactly("charge:" + orderNumber);
        Money amount = Money.yuan(order.getAmount());
        assertThat(balances.of(orderNumber)).containsOnly(
                Map.entry(Account.of(AccountKind.CUSTOMER_PAYMENTS_CLEARING), amount),
                Map.entry(Account.of(AccountKind.CUSTOMER_PREPAYMENTS), amount.negate()));
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PAID);
        assertThat(order.getPaymentId()).isEqualTo(paymentId);
        assertThat(order.getTimeline()).extracting(OrderEvent::status)
                .containsExactly(OrderStatus.PENDING, OrderStatus.PAID);
    }
}
