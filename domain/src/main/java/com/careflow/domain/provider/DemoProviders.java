package com.careflow.domain.provider;

import static com.careflow.domain.catalog.ServiceCategory.COMPANION_ESCORT;
import static com.careflow.domain.catalog.ServiceCategory.COURSE;
import static com.careflow.domain.catalog.ServiceCategory.HEALTH_CHECK;
import static com.careflow.domain.catalog.ServiceCategory.HOME_CARE;
import static com.careflow.domain.catalog.ServiceCategory.ONLINE_CONSULTATION;
import static com.careflow.domain.provider.CertificationLevel.BASIC;
import static com.careflow.domain.provider.CertificationLevel.PREMIUM;
import static com.careflow.domain.provider.CertificationLevel.STANDARD;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import com.careflow.domain.catalog.ServiceCategory;

/**
 * Seeds demo provider profiles into an empty collection: every demo service has a provider for the first offer
 * round; 北京 escort has two (one BASIC, reached only when the offer widens) and a 天津 neighbour. The realm's demo
 * provider user (李娜) is one of them, under her Keycloak id.
 */
@Component
@ConditionalOnProperty(name = "careflow.demo-data", havingValue = "true", matchIfMissing = true)
class DemoProviders implements ApplicationRunner {

    /** The Keycloak id of the realm's demo user {@code provider} (identity/keycloak-realm.json). */
    static final String DEMO_PROVIDER_ID = "5b0c2a4e-7d1f-4c8e-9a3b-000000000002";
    static final Duration CERTIFICATE_VALIDITY = Duration.ofDays(365);

    private static final Logger log = LoggerFactory.getLogger(DemoProviders.class);

    private final Providers providers;
    private final Clock clock;

    DemoProviders(Providers providers, Clock clock) {
        this.providers = providers;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (providers.count() > 0) {
            return;
        }
        List<Provider> seeded = providers.saveAll(profiles(clock.instant()));
        log.info("Seeded {} demo provider profiles", seeded.size());
    }

    static List<Provider> profiles(Instant seededAt) {
        Instant expires = seededAt.plus(CERTIFICATE_VALIDITY);
        return List.of(
                new Profile(DEMO_PROVIDER_ID, "李娜", "北京", "朝阳区", 4.8, 39.9219, 116.4436)
                        .certified(COMPANION_ESCORT, STANDARD).certified(HOME_CARE, STANDARD)
                        .specialising("escort-beijing-halfday").build(expires),
                new Profile("prov-zhou-min", "周敏", "北京", "海淀区", 4.5, 39.9593, 116.2981)
                        .certified(COMPANION_ESCORT, BASIC).build(expires),
                new Profile("prov-zhao-lei", "赵磊", "天津", "和平区", 4.6, 39.1166, 117.2034)
                        .certified(COMPANION_ESCORT, STANDARD).build(expires),
                new Profile("prov-wang-hua", "王华", "北京", "东城区", 4.7, 39.9288, 116.4164)
                        .certified(HEALTH_CHECK, PREMIUM).certified(HOME_CARE, PREMIUM)
                        .specialising("check-beijing-basic", "homecare-beijing-nursing").build(expires),
                new Profile("prov-chen-jing", "陈静", "上海", "静安区", 4.9, 31.2290, 121.4480)
                        .certified(COMPANION_ESCORT, STANDARD).certified(HOME_CARE, PREMIUM)
                        .specialising("homecare-shanghai-elderly").build(expires),
                new Profile("prov-wu-fang", "吴芳", "苏州", "姑苏区", 4.4, 31.3114, 120.6181)
                        .certified(HOME_CARE, STANDARD).certified(COMPANION_ESCORT, BASIC).build(expires),
                new Profile("prov-liu-yang", "刘洋", Cities.ONLINE, "北京·西城区", 4.9, 39.9123, 116.3660)
                        .certified(ONLINE_CONSULTATION, PREMIUM).certified(COURSE, STANDARD)
                        .specialising("consult-online-gp", "course-online-bp").build(expires),
                new Profile("prov-sun-li", "孙丽", Cities.ONLINE, "上海·徐汇区", 4.6, 31.1880, 121.4365)
                        .certified(ONLINE_CONSULTATION, STANDARD).certified(COURSE, STANDARD)
                        .specialising("consult-online-nutrition").build(expires));
    }

    /** Collects one demo profile's certificates before they get the shared expiry. */
    private static final class Profile {
        private final String id;
        private final String name;
        private final String city;
        private final String district;
        private final double rating;
        private final Location location;
        private final List<ServiceCategory> categories = new ArrayList<>();
        private final List<CertificationLevel> levels = new ArrayList<>();
        private Set<String> specialties = Set.of();

        Profile(String id, String name, String city, String district, double rating, double lat, double lon) {
            this.id = id;
            this.name = name;
            this.city = city;
            this.district = district;
            this.rating = rating;
            this.location = new Location(lat, lon);
        }

        Profile certified(ServiceCategory category, CertificationLevel level) {
            categories.add(category);
            levels.add(level);
            return this;
        }

        Profile specialising(String... serviceIds) {
            specialties = Set.of(serviceIds);
            return this;
        }

        Provider build(Instant expires) {
            List<Certification> certifications = new ArrayList<>();
            for (int i = 0; i < categories.size(); i++) {
                certifications.add(new Certification(categories.get(i), levels.get(i), expires));
            }
            return new Provider(id, name, city, district, certifications, List.of("zh"), specialties, rating, true,
                    location);
        }
    }
}
