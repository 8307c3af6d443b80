package com.careflow.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.appointment.DomainMongoTest;
import com.careflow.domain.order.CancelReason;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

/** The per-order rule: a provider reads a customer's records only on an active order the customer consented on. */
@DomainMongoTest
class HealthConsentsTest {

    @Autowired
    HealthConsents consents;
    @Autowired
    Orders orders;
    @Autowired
    Clock clock;

    @BeforeEach
    void empty() {
        orders.deleteAll();
    }

    @Test
    void onlyAConfirmedOrInProgressOrderWithConsentLetsItsProviderRead() {
        ServiceOrder order = order("ORD1", true);
        assertThat(consents.consentingOrder("p1", "c1")).as("paid, no provider yet").isEmpty();

        order.assignProvider("p1", "李娜", "p1", clock);
        orders.save(order);
        assertThat(consents.consentingOrder("p1", "c1")).contains("ORD1");
        assertThat(consents.consentingOrder("p2", "c1")).as("another provider").isEmpty();
        assertThat(consents.consentingOrder("p1", "c2")).as("another customer").isEmpty();

        order.cancel(CancelReason.CUSTOMER_CANCELLED, null, "c1", clock);
        orders.save(order);
        assertThat(consents.consentingOrder("p1", "c1")).as("cancelled").isEmpty();
    }

    @Test
    void anActiveOrderWithoutConsentLetsNobodyRead() {
        ServiceOrder order = order("ORD2", false);
        order.assignProvider("p1", "李娜", "p1", clock);
        orders.save(order);
        assertThat(consents.consentingOrder("p1", "c1")).isEmpty();
    }

    private ServiceOrder order(String number, boolean consent) {
        ServiceOrder order = ServiceOrder.builder().orderNumber(number)
                .service("escort-beijing-halfday", "陪诊", "北京", new BigDecimal("199.00"))
                .customer("c1", "王芳", "c1@careflow.local", "zh-CN").contact("王芳", "13800138000")
                .scheduledAt(LocalDateTime.now(clock).plusDays(2)).healthDataConsent(consent).build(clock);
        order.markPaid("pay-" + number, "system", clock);
        return orders.save(order);
    }
}
