package com.careflow.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.data.mongo.DataMongoTest;
import org.springframework.context.annotation.Import;

import com.careflow.domain.order.OrderEvent;
import com.careflow.domain.order.OrderStatus;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.InMemoryMongo;

import io.camunda.client.exception.JobError;

/** The order-state job workers against real repositories (in-memory Mongo); the engine calls the methods. */
@DataMongoTest
@Import({ InMemoryMongo.class, OrderStateWorkers.class })
class OrderStateWorkersTest {

    static final String ORDER = "ORD20250101000300";

    @Autowired
    OrderStateWorkers workers;
    @Autowired
    Orders orders;
    @Autowired
    Clock clock;

    @BeforeEach
    void pendingOrder() {
        orders.deleteAll();
        TestOrders.pendingOrder(orders, ORDER, "customer", clock);
    }

    @Test
    void confirmRecordsTheApprovedPaymentAndConfirmsOnce() {
        workers.confirm(ORDER, "PAY-42");
        ServiceOrder confirmed = orders.findById(ORDER).orElseThrow();
        assertThat(confirmed.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(confirmed.getPaymentId()).isEqualTo("PAY-42");
        assertThat(confirmed.getTimeline()).extracting(OrderEvent::status)
                .containsExactly(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.CONFIRMED);
        assertThat(confirmed.getTimeline()).last().extracting(OrderEvent::actor).isEqualTo("portal");

        // redelivered job: nothing changes, not even the version
        workers.confirm(ORDER, "PAY-42");
        ServiceOrder again = orders.findById(ORDER).orElseThrow();
        assertThat(again.getTimeline()).hasSize(3);
        assertThat(again.getStatus()).isEqualTo(OrderStatus.CONFIRMED);
    }

    @Test
    void confirmOfAnOrderAlreadyMarkedPaidOnlyConfirms() {
        ServiceOrder order = orders.findById(ORDER).orElseThrow();
        order.markPaid("PAY-7", "payment", clock);
        orders.save(order);

        workers.confirm(ORDER, "PAY-7");
        assertThat(orders.findById(ORDER).orElseThrow().getTimeline()).extracting(OrderEvent::status)
                .containsExactly(OrderStatus.PENDING, OrderStatus.PAID, OrderStatus.CONFIRMED);
    }

    @Test
    void cancelKeepsTheDeclineReasonForTheCustomer() {
        workers.cancel(ORDER, "card declined by issuer");
        ServiceOrder cancelled = orders.findById(ORDER).orElseThrow();
        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.getCancelReason()).isEqualTo("card declined by issuer");

        workers.cancel(ORDER, "card declined by issuer");
        assertThat(orders.findById(ORDER).orElseThrow().getTimeline()).hasSize(2);
    }

    @Test
    void cancelWithoutAReasonStillGivesOne() {
        workers.cancel(ORDER, null);
        assertThat(orders.findById(ORDER).orElseThrow().getCancelReason())
                .isEqualTo(OrderStateWorkers.DEFAULT_CANCEL_REASON);
    }

    @Test
    void anUnknownOrderRaisesAnIncidentAtOnce() {
        assertThatThrownBy(() -> workers.confirm("ORD20250101009999", "PAY-1"))
                .isInstanceOfSatisfying(JobError.class, e -> {
                    assertThat(e.getRetries()).isZero();
                    assertThat(e.getErrorMessage()).isEqualTo("Order ORD20250101009999 does not exist");
                });
    }

    @Test
    void aForbiddenTransitionRaisesAnIncidentWithTheReason() {
        workers.cancel(ORDER, "declined");
        assertThatThrownBy(() -> workers.confirm(ORDER, "PAY-1"))
                .isInstanceOfSatisfying(JobError.class, e -> {
                    assertThat(e.getRetries()).isZero();
                    assertThat(e.getErrorMessage()).contains(ORDER, "CANCELLED", "CONFIRMED");
                });
        assertThat(orders.findById(ORDER).orElseThrow().getStatus()).isEqualTo(OrderStatus.CANCELLED);
    }
}
