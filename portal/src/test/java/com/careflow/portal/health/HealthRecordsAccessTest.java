package com.careflow.portal.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.careflow.domain.health.HealthAccess;
import com.careflow.domain.health.HealthAccessLog;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.ReadingSource;
import com.careflow.domain.health.ReadingType;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/**
 * The per-order rule for providers and the reason rule for admins, through the real pages: who is refused, who
 * gets in, and that every read by someone other than the customer lands in the customer's access log.
 */
@PortalWebMvcTest
class HealthRecordsAccessTest {

    static final String CUSTOMER = "health-customer-2";
    static final String PROVIDER = "health-provider-1";
    static final String ORDER = "ORD20250101998001";

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;
    @Autowired
    HealthAccessLog log;
    @Autowired
    HealthRecords records;
    @Autowired
    Clock clock;

    @BeforeEach
    void empty() {
        orders.deleteById(ORDER);
        log.deleteAll();
    }

    @Test
    void aProviderWithoutAnActiveOrderWithTheCustomerIsRefused() throws Exception {
        assertThat(read(provider()).getStatus()).isEqualTo(403);
        HealthTestOrders.confirmed(orders, ORDER, "someone-else", PROVIDER, true, clock);
        assertThat(read(provider()).getStatus()).as("an order with another customer").isEqualTo(403);
        assertThat(log.count()).isZero();
    }

    @Test
    void anActiveOrderWithoutConsentIsNotEnough() throws Exception {
        HealthTestOrders.confirmed(orders, ORDER, CUSTOMER, PROVIDER, false, clock);
        assertThat(read(provider()).getStatus()).isEqualTo(403);
        assertThat(log.count()).isZero();
    }

    @Test
    void consentOnAnActiveOrderLetsItsProviderReadUntilTheOrderEnds() throws Exception {
        ServiceOrder order = HealthTestOrders.confirmed(orders, ORDER, CUSTOMER, PROVIDER, true, clock);
        Reading pulse = records.record(new Reading(null, CUSTOMER, ReadingType.HEART_RATE,
                clock.instant().minusSeconds(600), ReadingSource.MANUAL, null, null, null, null, null, null, null, 64,
                null));
        MockHttpServletResponse page = read(provider());
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"access-logged\"", ORDER, "64 bpm")
                .as("only the customer deletes").doesNotContain("delete-confirm-" + pulse.id());
        assertThat(log.findByCustomerIdOrderByAtDesc(CUSTOMER)).singleElement().satisfies(entry -> {
            assertThat(entry.viewerId()).isEqualTo(PROVIDER);
            assertThat(entry.viewerRole()).isEqualTo("provider");
            assertThat(entry.reason()).isEqualTo(ORDER);
            assertThat(entry.what()).isEqualTo("overview 30d");
        });

        order.cancel(com.careflow.domain.order.CancelReason.CUSTOMER_CANCELLED, null, CUSTOMER, clock);
        orders.save(order);
        assertThat(read(provider()).getStatus()).as("after the order is cancelled").isEqualTo(403);
        assertThat(log.count()).isEqualTo(1);
    }

    @Test
    void anAdminIsAskedForAReasonWhichIsLoggedForTheCustomerToSee() throws Exception {
        RequestPostProcessor admin = TestUsers.user("health-admin", "admin");
        MockHttpServletResponse asked = mvc.perform(get("/health/customers/" + CUSTOMER).with(admin)).andReturn()
                .getResponse();
        assertThat(asked.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"reason-form\"")
                .doesNotContain("id=\"reason-error\"");
        String tooShort = mvc.perform(get("/health/customers/" + CUSTOMER).param("reason", "x").with(admin))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooShort).contains("id=\"reason-error\"");
        assertThat(log.count()).isZero();

        MockHttpServletResponse read = mvc.perform(get("/health/customers/" + CUSTOMER)
                .param("reason", "投诉 ORD123 调查").with(admin)).andReturn().getResponse();
        assertThat(read.getStatus()).isEqualTo(200);
        assertThat(log.findByCustomerIdOrderByAtDesc(CUSTOMER)).extracting(HealthAccess::reason)
                .containsExactly("投诉 ORD123 调查");

        String ownLog = mvc.perform(get("/health/access-log").with(TestUsers.user(CUSTOMER, "customer")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(ownLog).contains("投诉 ORD123 调查", "data-role=\"admin\"", "管理员");
    }

    @Test
    void reviewersAnalystsAndFinanceNeverGetIn() throws Exception {
        HealthTestOrders.confirmed(orders, ORDER, CUSTOMER, PROVIDER, true, clock);
        for (String role : new String[] { "reviewer", "analyst", "finance", "customer" }) {
            assertThat(read(TestUsers.user(role)).getStatus()).as(role).isEqualTo(403);
        }
        assertThat(log.count()).isZero();
    }

    private MockHttpServletResponse read(RequestPostProcessor user) throws Exception {
        return mvc.perform(get("/health/customers/" + CUSTOMER).with(user)).andReturn().getResponse();
    }

    private static RequestPostProcessor provider() {
        return TestUsers.user(PROVIDER, "provider");
    }
}
