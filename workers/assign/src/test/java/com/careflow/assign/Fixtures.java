package com.careflow.assign;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.provider.Certification;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Cities;
import com.careflow.domain.provider.Provider;

/** A 北京 escort service, its providers and orders, in an emptied database. */
class Fixtures {

    static final ServiceItem ESCORT = new ServiceItem("escort-beijing-halfday", ServiceCategory.COMPANION_ESCORT,
            "半日陪诊（北京）", "test", new BigDecimal("199.00"), 240, "北京", true);
    static final LocalDateTime NINE = LocalDateTime.now(AppointmentTimes.ZONE).plusDays(2)
            .truncatedTo(ChronoUnit.DAYS).withHour(9);

    private final MongoOperations mongo;
    private final Clock clock;

    Fixtures(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void reset() {
        for (String collection : List.of("providers", "services", "slot_holds", "provider_bookings", "offers",
                "orders", "notifications")) {
            mongo.remove(new Query(), collection);
        }
        mongo.save(ESCORT);
        provider("bj-1", "北京", CertificationLevel.STANDARD, 4.6);
        provider("bj-2", "北京", CertificationLevel.STANDARD, 4.2);
        provider("bj-basic", "北京", CertificationLevel.BASIC, 4.9);
        provider("tj-1", "天津", CertificationLevel.STANDARD, 4.0);
    }

    void provider(String id, String city, CertificationLevel level, double rating) {
        mongo.save(new Provider(id, "名" + id, city, "区", List.of(new Certification(ServiceCategory.COMPANION_ESCORT,
                level, clock.instant().plus(365, ChronoUnit.DAYS))), List.of("zh"), Set.of(), rating, true,
                Cities.centre(city).orElseThrow()));
    }

    /** A paid order for the escort at {@code start}. */
    ServiceOrder paidOrder(String orderNumber, LocalDateTime start) {
        ServiceOrder order = ServiceOrder.builder()
                .orderNumber(orderNumber)
                .service(ESCORT.id(), ESCORT.name(), ESCORT.city(), ESCORT.price())
                .customer("customer-1", "王芳", "customer@careflow.local", "zh-CN")
                .contact("王芳", "13800138000")
                .scheduledAt(start)
                .build(clock);
        order.markPaid("pay-" + orderNumber, "payment-worker", clock);
        return mongo.save(order);
    }
}
