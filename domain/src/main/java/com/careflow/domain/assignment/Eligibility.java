package com.careflow.domain.assignment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import com.careflow.domain.appointment.AppointmentTimes;
import com.careflow.domain.appointment.ProviderCalendar;
import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.provider.Cities;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.domain.provider.Provider;
import com.careflow.domain.provider.Providers;

/**
 * Who may be offered an order. Round 1: providers of the order's city certified at {@link CertificationLevel#STANDARD}
 * or better; round 2 (nobody grabbed): also the neighbouring cities, any level. Always: active, certified for the
 * category until the appointment (not expired), and free at its time.
 */
@Component
public class Eligibility {

    public static final CertificationLevel FIRST_ROUND_LEVEL = CertificationLevel.STANDARD;

    private final Providers providers;
    private final ProviderCalendar calendar;
    private final Clock clock;

    Eligibility(Providers providers, ProviderCalendar calendar, Clock clock) {
        this.providers = providers;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The eligible providers, by id. */
    public List<Provider> eligible(ServiceCategory category, String city, LocalDateTime start, int minutes,
            int round) {
        Instant now = clock.instant();
        Instant begins = start.atZone(AppointmentTimes.ZONE).toInstant();
        Instant certifiedAt = begins.isAfter(now) ? begins : now;
        return providers.certified(category, cities(city, round), certifiedAt).stream()
                .filter(p -> round > 1 || p.levelFor(category).isAtLeast(FIRST_ROUND_LEVEL))
                .filter(p -> calendar.isFree(p.getId(), start, minutes))
                .toList();
    }

    /** The cities a round reaches: the order's own, and from round 2 on its neighbours. */
    public static List<String> cities(String city, int round) {
        List<String> cities = new ArrayList<>();
        cities.add(city);
        if (round > 1) {
            cities.addAll(Cities.neighbours(city));
        }
        return cities;
    }
}
