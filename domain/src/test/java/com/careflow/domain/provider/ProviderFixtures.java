package com.careflow.domain.provider;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;

/** Providers and services for tests; {@link #clear} empties what the provider, slot and offer tests write. */
public final class ProviderFixtures {

    public static final Instant NEXT_YEAR = Instant.now().plus(365, ChronoUnit.DAYS);

    private ProviderFixtures() {
    }

    public static Provider provider(String id, String city, ServiceCategory category, CertificationLevel level) {
        return provider(id, city, category, level, 4.5, NEXT_YEAR, true);
    }

    public static Provider provider(String id, String city, ServiceCategory category, CertificationLevel level,
            double rating, Instant expiresAt, boolean active) {
        Location at = Cities.centre(city).orElse(new Location(39.9, 116.4));
        return new Provider(id, "测试" + id, city, "测试区", List.of(new Certification(category, level, expiresAt)),
                List.of("zh"), Set.of(), rating, active, at);
    }

    public static ServiceItem service(String id, ServiceCategory category, String city, int minutes) {
        return new ServiceItem(id, category, "测试服务 " + id, "test", new java.math.BigDecimal("199.00"), minutes, city,
                true);
    }

    public static void clear(MongoOperations mongo) {
        for (String collection : List.of("providers", "services", "slot_holds", "provider_bookings", "offers",
                "orders", "notifications")) {
            mongo.remove(new org.springframework.data.mongodb.core.query.Query(), collection);
        }
    }
}
