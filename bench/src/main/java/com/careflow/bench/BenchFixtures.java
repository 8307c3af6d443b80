package com.careflow.bench;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.IntStream;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.provider.Certification;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Cities;
import com.careflow.domain.provider.Location;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;

/**
 * The benchmark's own marketplace: one one-hour escort service per scenario, each in a city of its own, with
 * providers every one of whom is eligible in the first offer round (certified, active, in the city). Separate cities
 * keep the scenarios out of each other's offers and slots.
 */
final class BenchFixtures {

    static final String THROUGHPUT_CITY = "杭州";
    static final String RACE_CITY = "苏州";
    private static final int DURATION_MINUTES = 60;

    private final ServiceItems services;
    private final Providers providers;
    private final Clock clock;

    BenchFixtures(ServiceItems services, Providers providers, Clock clock) {
        this.services = services;
        this.providers = providers;
        this.clock = clock;
    }

    ServiceItem service(String id, String city) {
        return services.save(new ServiceItem(id, ServiceCategory.COMPANION_ESCORT, "压测陪诊（" + city + "）",
                "Benchmark service", new BigDecimal("199.00"), DURATION_MINUTES, city, true));
    }

    /** {@code count} providers of {@code city}, ids {@code prefix-001}…, saved. */
    List<Provider> providers(String prefix, String city, int count) {
        Instant expires = clock.instant().plus(Duration.ofDays(365));
        Location centre = Cities.centre(city).orElse(new Location(30, 120));
        List<Provider> created = new ArrayList<>();
        IntStream.rangeClosed(1, count).forEach(i -> created.add(new Provider(
                String.format(Locale.ROOT, "%s-%03d", prefix, i), "压测服务者" + i, city, "压测区",
                List.of(new Certification(ServiceCategory.COMPANION_ESCORT, CertificationLevel.PREMIUM, expires)),
                List.of("zh"), Set.of(), 3.5 + (i % 15) / 10.0, true,
                new Location(centre.lat() + (i % 10) * 0.01, centre.lon() + (i % 7) * 0.01))));
        return providers.saveAll(created);
    }
}
