package com.careflow.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.PaymentOutcome;
import com.careflow.worker.TaskFailure;

/**
 * How the charge task fails: a {@link TaskFailure} that is hopeless (the subscription reports no retries left, an
 * incident at once) or retryable after the backoff (the task's retries minus one; an incident at zero).
 */
@PaymentWorkerTest
class PaymentFailureTest {

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

    @Test
    void gatewayErrorIsRetriedAfterTheBackoff() {
        ServiceOrder order = testOrders.placed("199.00");

        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.chargePayment(
                new ChargeInput(order.getOrderNumber(), new BigDecimal("199.00"), "0119")));

        assertThat(error.getMessage()).isEqualTo("Charging order " + order.getOrderNumber()
                + " failed, will retry: payment gateway processing error for card ending 0119");
        assertThat(error.retryable()).as("the task's retries minus one").isTrue();
        assertThat(error.backoff()).isEqualTo(Duration.ofSeconds(7));
        assertNothingCharged(order);
    }

    @Test
    void lostGatewayAnswerIsRetriedWithoutASecondCharge() {
        ServiceOrder order = testOrders.placed("199.00");
        ChargeInput input = new ChargeInput(order.getOrderNumber(), new BigDecimal("199.00"), "0077");

        TaskFailure lost = catchThrowableOfType(TaskFailure.class, () -> worker.chargePayment(input));
        PaymentOutcome retried = worker.chargePayment(input);

        assertThat(lost.getMessage()).contains("no answer from the payment gateway");
        assertThat(retried.paymentApproved()).isTrue();
        GatewayCharge charge = mongo.findById("order-charge:" + order.getOrderNumber(), GatewayCharge.class);
        assertThat(charge.result().paymentId()).isEqualTo(retried.paymentId());
        assertThat(charge.replays()).as("the retry presented the same key").isEqualTo(1);
        assertThat(mongo.count(Query.query(Criteria.where("orderNumber").is(order.getOrderNumber())),
                GatewayCharge.class)).isEqualTo(1);
        assertThat(orders.findById(order.getOrderNumber()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void badVariablesFailWithoutRetries() {
        ServiceOrder order = testOrders.placed("199.00");

        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.chargePayment(
                new ChargeInput(order.getOrderNumber(), new BigDecimal("199.00"), "42")));

        assertThat(error.getMessage()).isEqualTo("Cannot charge order " + order.getOrderNumber()
                + ": variable cardLast4 must be four digits, was 42");
        assertThat(error.retryable()).as("no retries: an incident at once").isFalse();
        assertNothingCharged(order);
    }

    @Test
    void amountNotMatchingTheOrderIsNotCharged() {
        ServiceOrder order = testOrders.placed("199.00");

        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.chargePayment(
                new ChargeInput(order.getOrderNumber(), new BigDecimal("1.99"), "4242")));

        assertThat(error.getMessage()).isEqualTo("Cannot charge order " + order.getOrderNumber()
                + ": amount 1.99 CNY does not match the total 199.00 CNY of order " + order.getOrderNumber());
        assertThat(error.retryable()).as("no retries: an incident at once").isFalse();
        assertNothingCharged(order);
    }

    @Test
    void unknownOrderIsNotCharged() {
        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.chargePayment(
                new ChargeInput("ORD20250301999999", new BigDecimal("199.00"), "4242")));

        assertThat(error.getMessage())
                .isEqualTo("Cannot charge order ORD20250301999999: order ORD20250301999999 does not exist");
        assertThat(error.retryable()).as("no retries: an incident at once").isFalse();
        assertThat(mongo.findById("order-charge:ORD20250301999999", GatewayCharge.class)).isNull();
    }

    private void assertNothingCharged(ServiceOrder order) {
        assertThat(mongo.findById("order-charge:" + order.getOrderNumber(), GatewayCharge.class)).isNull();
        assertThat(payments.findByOrderNumber(order.getOrderNumber())).isEmpty();
        assertThat(orders.findById(order.getOrderNumber()).orElseThrow().getStatus()).isEqualTo(OrderStatus.PENDING);
    }
}
