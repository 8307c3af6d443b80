package com.careflow.portal.provider;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.assignment.OfferDesk;
import com.careflow.domain.assignment.Offers;
import com.careflow.domain.order.Orders;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.order.RecordingOrderProcess;

/**
 * What the pages around offers share in tests (the provider's and operations'): the web slice, and a clean start
 * with no orders, offers or bookings and nothing told to the process.
 */
@PortalWebMvcTest
public abstract class OfferWebTestBase {

    @Autowired
    protected MockMvc mvc;
    @Autowired
    protected Orders orders;
    @Autowired
    protected Offers offers;
    @Autowired
    protected OfferDesk desk;
    @Autowired
    protected MongoTemplate mongo;
    @Autowired
    protected RecordingOrderProcess process;
    @Autowired
    protected Clock clock;

    @BeforeEach
    void cleanOffers() {
        orders.deleteAll();
        offers.deleteAll();
        mongo.dropCollection("provider_bookings");
        process.reset();
    }
}
