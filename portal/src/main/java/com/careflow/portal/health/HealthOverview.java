package com.careflow.portal.health;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import com.careflow.domain.health.BandRange;
import com.careflow.domain.health.HealthProfile;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.RiskBands;
import com.careflow.domain.health.Trend;
import com.careflow.domain.health.Trends;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a page shows of one customer's records for a period: the profile with its BMI band, the trends with their
 * charts, and the latest readings with their bands. The customer's own page and the page a provider or an admin
 * reads (health/records fragment) show the same.
 */
@Component
class HealthOverview {

    static final int LATEST = 20;

    private final HealthRecords records;
    private final Trends trends;
    private final ObjectMapper json;
    private final Clock clock;

    HealthOverview(HealthRecords records, Trends trends, ObjectMapper json, Clock clock) {
        this.records = records;
        this.trends = trends;
        this.json = json;
        this.clock = clock;
    }

    static int period(Integer days) {
        return days != null && Trends.PERIODS.contains(days) ? days : 30;
    }

    void addTo(Model model, String customerId, int days) {
        HealthProfile profile = records.profileOf(customerId);
        model.addAttribute("profile", profile);
        model.addAttribute("days", days);
        model.addAttribute("periods", Trends.PERIODS);
        List<TrendView> views = new ArrayList<>();
        for (Trend trend : trends.of(customerId, days)) {
            views.add(view(customerId, trend, profile));
        }
        model.addAttribute("trends", views);
        Instant now = clock.instant();
        List<Reading> recent = new ArrayList<>(records.readingsBetween(customerId, now.minus(days, ChronoUnit.DAYS),
                now));
        Collections.reverse(recent);
        model.addAttribute("latest", recent.stream().limit(LATEST)
                .map(r -> ReadingRow.of(r, RiskBands.of(r, profile.heightCm()), clock.getZone())).toList());
    }

    private TrendView view(String customerId, Trend trend, HealthProfile profile) {
        List<Map<String, Object>> points = new ArrayList<>();
        for (Reading r : trends.readings(customerId, trend.type(), trend.days())) {
            if (trend.timing() != null && trend.timing() != r.glucoseTiming()) {
                continue;
            }
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("x", r.takenAt().toEpochMilli());
            point.put("y", ChartValues.main(r));
            if (r.diastolic() != null) {
                point.put("y2", r.diastolic());
            }
            points.add(point);
        }
        List<Map<String, Object>> bands = new ArrayList<>();
        for (BandRange range : RiskBands.ranges(trend.type(), trend.timing(), profile.heightCm())) {
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("band", range.band().name());
            band.put("severity", range.band().severity().name());
            band.put("from", range.from());
            band.put("to", range.to());
            bands.add(band);
        }
        String id = slug(trend.type().name()) + (trend.timing() == null ? "" : "-" + slug(trend.timing().name()));
        return new TrendView(trend, id, write(points), write(bands));
    }

    private static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("Chart data cannot be written", e);
        }
    }
}
