package com.careflow.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ContextConfiguration;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.provider.Certification;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Cities;
import com.careflow.domain.provider.Provider;
import com.careflow.worker.TaskFailure;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The ai worker's real Spring context on an in-process Mongo server; the test calls the topic worker like the subscription. */
@SpringBootTest(classes = AiWorkerApplication.class, properties = {
        "careflow.worker.engine.enabled=false",
        "careflow.demo-data=false" })
@ContextConfiguration(initializers = RankWorkerTest.InProcessMongo.class)
class RankWorkerTest {

    private static final LocalDateTime NINE = LocalDateTime.now(AppointmentTimes.ZONE).plusDays(2)
            .truncatedTo(ChronoUnit.DAYS).withHour(9);

    @Autowired
    RankWorker worker;
    @Autowired
    ProviderCalendar calendar;
    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void providers() {
        mongo.remove(new Query(), "providers");
        mongo.remove(new Query(), "provider_bookings");
        provider("bj-top", "北京", CertificationLevel.STANDARD, 4.9, "escort-beijing-halfday");
        provider("bj-basic", "北京", CertificationLevel.BASIC, 4.5);
        provider("tj-1", "天津", CertificationLevel.STANDARD, 5.0);
        provider("sh-1", "上海", CertificationLevel.PREMIUM, 5.0);
        provider("bj-busy", "北京", CertificationLevel.PREMIUM, 5.0);
        calendar.book("bj-busy", "ORD-OTHER", NINE.plusHours(1), 60);
    }

    @Test
    void ranksTheFreeRoundTwoProvidersBestFirst() {
        RankResult result = worker.rankProviders(input(240));

        assertThat(result.rankedProviders()).containsExactly("bj-top", "bj-basic", "tj-1");
    }

    @Test
    void loadPushesABusyProviderDown() {
        // four orders within the next 7 days, none at the appointment: the load factor drops from 1 to 0.2
        for (int day = 0; day < 4; day++) {
            calendar.book("bj-top", "ORD-LOAD-" + day, NINE.plusDays(day).withHour(15), 60);
        }

        assertThat(worker.rankProviders(input(240)).rankedProviders()).containsExactly("bj-basic", "bj-top", "tj-1");
    }

    @Test
    void badVariablesRaiseAnIncidentAtOnce() {
        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.rankProviders(new RankInput("ORD-1",
                "escort-beijing-halfday", "ESCORTING", "北京", 240, AppointmentTimes.iso(NINE))));

        assertThat(error.getMessage()).isEqualTo("Cannot rank providers for order ORD-1: variable category is "
                + "not a service category: ESCORTING");
        assertThat(error.retryable()).isFalse();
    }

    private static RankInput input(int minutes) {
        return new RankInput("ORD-1", "escort-beijing-halfday", "COMPANION_ESCORT", "北京", minutes,
                AppointmentTimes.iso(NINE));
    }

    private void provider(String id, String city, CertificationLevel level, double rating, String... specialties) {
        mongo.save(new Provider(id, id, city, "区", List.of(new Certification(ServiceCategory.COMPANION_ESCORT, level,
                java.time.Instant.now().plus(365, ChronoUnit.DAYS))), List.of("zh"), Set.of(specialties), rating, true,
                Cities.centre(city).orElseThrow()));
    }

    static class InProcessMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        private static final MongoServer SERVER = new MongoServer(new MemoryBackend());

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            TestPropertyValues.of("spring.data.mongodb.uri=" + SERVER.bindAndGetConnectionString() + "/ai-test")
                    .applyTo(context);
        }
    }
}
