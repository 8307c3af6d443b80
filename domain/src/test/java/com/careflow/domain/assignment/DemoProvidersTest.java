package com.careflow.domain.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.DomainMongoTest;
import com.careflow.domain.catalog.ServiceItem;
import com.careflow.domain.catalog.ServiceItems;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The demo data as a fresh platform seeds it: every demo service can be offered to someone. */
@SpringBootTest(classes = DomainMongoTest.Config.class, properties = "careflow.demo-data=true")
@ContextConfiguration(initializers = DemoProvidersTest.FreshMongo.class)
class DemoProvidersTest {

    private static final LocalDateTime TOMORROW_NINE = LocalDateTime.now(AppointmentTimes.ZONE).plusDays(1)
            .withHour(9).withMinute(0).withSecond(0).withNano(0);

    @Autowired
    Providers providers;
    @Autowired
    ServiceItems services;
    @Autowired
    Eligibility eligibility;

    @Test
    void everyDemoServiceHasAFirstRoundProvider() {
        assertThat(services.findAll()).isNotEmpty();
        for (ServiceItem service : services.findAll()) {
            assertThat(eligibility.eligible(service.category(), service.city(), TOMORROW_NINE,
                    service.durationMinutes(), 1)).as(service.id()).isNotEmpty();
        }
    }

    @Test
    void theDemoProviderUserIsLiNaAndBeijingEscortWidens() {
        Provider liNa = providers.findById("5b0c2a4e-7d1f-4c8e-9a3b-000000000002").orElseThrow();
        assertThat(liNa.getName()).isEqualTo("李娜");
        assertThat(liNa.getRating()).isEqualTo(4.8);

        ServiceItem escort = services.findById("escort-beijing-halfday").orElseThrow();
        assertThat(eligibility.eligible(escort.category(), "北京", TOMORROW_NINE, 240, 1))
                .extracting(Provider::getName).containsExactly("李娜");
        assertThat(eligibility.eligible(escort.category(), "北京", TOMORROW_NINE, 240, 2))
                .extracting(Provider::getCity, p -> p.levelFor(escort.category()))
                .contains(org.assertj.core.groups.Tuple.tuple("北京", CertificationLevel.BASIC),
                        org.assertj.core.groups.Tuple.tuple("天津", CertificationLevel.STANDARD))
                .hasSize(3);
    }

    /** Its own empty database, so the seeders run as on a fresh platform. */
    static class FreshMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        private static final MongoServer SERVER = new MongoServer(new MemoryBackend());

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.data.mongodb.uri=" + SERVER.bindAndGetConnectionString() + "/demo")
                    .applyTo(context);
        }
    }
}
