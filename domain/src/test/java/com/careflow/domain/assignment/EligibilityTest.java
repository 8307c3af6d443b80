package com.careflow.domain.assignment;

import static com.careflow.domain.catalog.ServiceCategory.COMPANION_ESCORT;
import static com.careflow.domain.catalog.ServiceCategory.HOME_CARE;
import static com.careflow.domain.provider.CertificationLevel.BASIC;
import static com.careflow.domain.provider.CertificationLevel.PREMIUM;
import static com.careflow.domain.provider.CertificationLevel.STANDARD;
import static com.careflow.domain.provider.ProviderFixtures.provider;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.DomainMongoTest;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.ProviderFixtures;
import com.careflow.domain.provider.Providers;

@DomainMongoTest
class EligibilityTest {

    private static final LocalDateTime START = LocalDateTime.now(AppointmentTimes.ZONE).plusDays(2)
            .withHour(9).withMinute(0).withSecond(0).withNano(0);

    @Autowired
    Eligibility eligibility;
    @Autowired
    Providers providers;
    @Autowired
    ProviderCalendar calendar;
    @Autowired
    MongoOperations mongo;

    @BeforeEach
    void providers() {
        ProviderFixtures.clear(mongo);
        providers.save(provider("bj-standard", "北京", COMPANION_ESCORT, STANDARD));
        providers.save(provider("bj-premium", "北京", COMPANION_ESCORT, PREMIUM));
        providers.save(provider("bj-basic", "北京", COMPANION_ESCORT, BASIC));
        providers.save(provider("bj-homecare", "北京", HOME_CARE, PREMIUM));
        providers.save(provider("tj-basic", "天津", COMPANION_ESCORT, BASIC));
        providers.save(provider("sh-standard", "上海", COMPANION_ESCORT, STANDARD));
        providers.save(provider("bj-inactive", "北京", COMPANION_ESCORT, PREMIUM, 5.0, ProviderFixtures.NEXT_YEAR,
                false));
        // valid today, expired by the appointment
        providers.save(provider("bj-expiring", "北京", COMPANION_ESCORT, PREMIUM, 5.0,
                START.minusHours(1).atZone(ZoneId.of("Asia/Shanghai")).toInstant(), true));
    }

    @Test
    void roundOneIsTheCityAtStandardLevelOrBetter() {
        assertThat(eligibility.eligible(COMPANION_ESCORT, "北京", START, 240, 1)).extracting(Provider::getId)
                .containsExactly("bj-premium", "bj-standard");
    }

    @Test
    void roundTwoAddsTheNeighboursAndAnyLevel() {
        assertThat(eligibility.eligible(COMPANION_ESCORT, "北京", START, 240, 2)).extracting(Provider::getId)
                .containsExactly("bj-basic", "bj-premium", "bj-standard", "tj-basic");
    }

    @Test
    void aProviderBusyAtTheTimeIsLeftOut() {
        calendar.book("bj-premium", "ORD-OTHER", START.plusHours(3), 60);

        assertThat(eligibility.eligible(COMPANION_ESCORT, "北京", START, 240, 1)).extracting(Provider::getId)
                .containsExactly("bj-standard");
        assertThat(eligibility.eligible(COMPANION_ESCORT, "北京", START.plusHours(4), 60, 1))
                .extracting(Provider::getId).containsExactly("bj-premium", "bj-standard");
    }

    @Test
    void onlineHasNoNeighbours() {
        assertThat(Eligibility.cities("线上", 2)).containsExactly("线上");
        assertThat(Eligibility.cities("上海", 2)).containsExactly("上海", "苏州", "杭州");
    }
}
