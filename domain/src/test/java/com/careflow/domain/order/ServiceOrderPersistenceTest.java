package com.careflow.domain.order;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The aggregate's new parts survive a round trip through Mongo, and timelines written before names existed load. */
class ServiceOrderPersistenceTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-21T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private MongoServer server;
    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void startMongo() {
        server = new MongoServer(new MemoryBackend());
        var address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        mongo = new MongoTemplate(client, "careflow");
    }

    @AfterEach
    void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void providerComplaintAndCancelCodeRoundTrip() {
        ServiceOrder order = ServiceOrder.builder()
                .orderNumber("ORD20261121000007")
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer("customer-1", "王芳", "customer@careflow.local", "zh-CN")
                .scheduledAt(LocalDateTime.of(2026, 11, 23, 9, 30))
                .build(clock);
        Clock served = Clock.fixed(Instant.parse("2026-11-23T01:30:00Z"), ZoneId.of("Asia/Shanghai"));
        order.submitPayment("0002", clock);
        order.paymentDeclined(1, "发卡行拒绝", clock);
        order.submitPayment("4242", clock);
        order.markPaid("pay-1", "payment-worker", clock);
        order.assignProvider("p-1", "李娜", "portal", clock);
        order.start("p-1", served);
        order.complete("portal", served);
        order.fileComplaint("late", "customer-1", served);
        mongo.save(order);

        ServiceOrder loaded = mongo.findById("ORD20261121000007", ServiceOrder.class);

        assertThat(loaded.getProviderName()).isEqualTo("李娜");
        assertThat(loaded.getPayment()).isEqualTo(new PaymentAttempt(2, "4242", PaymentState.APPROVED, null,
                clock.instant()));
        assertThat(loaded.getComplaint().status()).isEqualTo(ComplaintStatus.OPEN);
        assertThat(loaded.getTimeline()).extracting(OrderEvent::actorName)
                .containsExactly("王芳", "payment-worker", "portal", "李娜", "portal", "王芳");
        assertThat(loaded.canFileComplaint(clock)).isFalse();
    }

    @Test
    void timelineEntriesWithoutANameShowTheActor() {
        ServiceOrder order = ServiceOrder.builder()
                .orderNumber("ORD20261121000008")
                .service("escort-beijing-halfday", "半日陪诊（北京）", "北京", new BigDecimal("199.00"))
                .customer("customer-1", "王芳", "customer@careflow.local", "zh-CN")
                .build(clock);
        order.cancel(CancelReason.SLOT_UNAVAILABLE, null, "assign-worker", clock);
        mongo.save(order);
        mongo.updateFirst(Query.query(Criteria.where("_id").is("ORD20261121000008")),
                new org.springframework.data.mongodb.core.query.Update().unset("timeline.1.actorName"),
                ServiceOrder.class);
        assertThat(mongo.getCollection("orders").find().first().getList("timeline", Document.class).get(1))
                .doesNotContainKey("actorName");

        ServiceOrder loaded = mongo.findById("ORD20261121000008", ServiceOrder.class);

        assertThat(loaded.getCancelReasonCode()).isEqualTo(CancelReason.SLOT_UNAVAILABLE);
        assertThat(loaded.getTimeline().get(1).actorName()).isEqualTo("assign-worker");
    }
}
