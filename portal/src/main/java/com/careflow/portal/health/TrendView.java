package com.careflow.portal.health;

import com.careflow.domain.health.ReadingType;
import com.careflow.domain.health.Trend;

/**
 * A trend with its chart: the points and the shaded bands as JSON for static/js/health-charts.js (data attributes,
 * the Content-Security-Policy allows no inline script), and the id the page and the scenarios know it by.
 */
record TrendView(Trend trend, String id, String points, String bands) {

    public String unit() {
        return unitOf(trend.type());
    }

    /** Numbers and units read the same in Chinese and English (the pages and the monthly report). */
    static String unitOf(ReadingType type) {
        return switch (type) {
            case BLOOD_PRESSURE -> "mmHg";
            case BLOOD_GLUCOSE -> "mmol/L";
            case WEIGHT -> "kg";
            case HEART_RATE -> "bpm";
        };
    }
}
