package com.careflow.app.features;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.provider.Certification;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Location;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;

/** Services and providers a scenario needs beyond the demo data, in cities of their own so they meet no one else. */
public class TestData {

    private final ServiceItems services;
    private final Providers providers;

    public TestData(ServiceItems services, Providers providers) {
        this.services = services;
        this.providers = providers;
    }

    ServiceItem service(String id, ServiceCategory category, String name, String city, int minutes) {
        return services.save(new ServiceItem(id, category, name, "测试服务：" + name, new BigDecimal("150.00"), minutes,
                city, true));
    }

    List<Provider> providers(String idPrefix, int count, ServiceCategory category, String city) {
        return providers(idPrefix, count, category, city, Duration.ofDays(365));
    }

    /** Providers certified at standard level in {@code category}, for {@code validity} from now. */
    List<Provider> providers(String idPrefix, int count, ServiceCategory category, String city, Duration validity) {
        Instant expires = Instant.now().plus(validity);
        return providers.saveAll(java.util.stream.IntStream.rangeClosed(1, count)
                .mapToObj(i -> new Provider(idPrefix + "-" + i, "测试服务者" + i, city, null,
                        List.of(new Certification(category, CertificationLevel.STANDARD, expires)), List.of("zh"),
                        Set.of(), 4.0 + (i % 10) / 10.0, true, new Location(31.3, 120.6)))
                .toList());
    }
}
