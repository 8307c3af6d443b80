package com.careflow.ai.health;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import com.careflow.domain.health.GlucoseTiming;
import com.careflow.domain.health.RiskBand;
import com.careflow.domain.health.RiskBands;
import com.careflow.domain.health.interpretation.InterpretationInput;
import com.careflow.domain.health.interpretation.InterpretationInput.Sample;
import com.careflow.domain.health.interpretation.InterpretationResult;
import com.careflow.domain.health.interpretation.Interpreter;

/**
 * The interpreter that ships with the platform: deterministic rules over the period's averages, extremes and
 * regression slopes, worded from {@code health/interpretation*.properties}. The bands are the health records'
 * ({@link RiskBands}, one place for the thresholds):
 * <ul>
 * <li>blood pressure: ACC/AHA 2017 guideline (Whelton et al., Hypertension 2018;71:e13–e115) — normal &lt;120/&lt;80,
 * elevated 120–129/&lt;80, stage 1 130–139 or 80–89, stage 2 ≥140 or ≥90, crisis ≥180 or ≥120;</li>
 * <li>glucose: WHO 1999 criteria as used by the Chinese Diabetes Society guideline 2020 (中国2型糖尿病防治指南) —
 * fasting &lt;6.1 normal, 6.1–6.9 raised, ≥7.0 high; after a meal (2 h) &lt;7.8, 7.8–11.0, ≥11.1; below 3.9 low
 * (ADA Standards of Care, level 1 hypoglycaemia); random glucose is judged by the after-meal bands;</li>
 * <li>resting heart rate: 60–100 bpm (AHA).</li>
 * </ul>
 * It describes readings against those bands and may suggest seeing a doctor; it never names a disease or a dose.
 */
final class RuleBasedInterpreter implements Interpreter {

    static final String NAME = "rule-based";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public InterpretationResult interpret(InterpretationInput input) {
        Words words = new Words(input.language());
        List<String> findings = new ArrayList<>();
        Set<String> suggestions = new LinkedHashSet<>();
        int attention = bloodPressure(input, words, findings, suggestions)
                + glucose(input, words, findings, suggestions)
                + weight(input, words, findings)
                + heartRate(input, words, findings, suggestions);
        int count = input.readings().size();
        if (count == 0) {
            return new InterpretationResult(words.say("summary.none", input.periodDays()), List.of(), List.of(), 0);
        }
        if (count < (input.periodDays() + 1) / 2) {
            suggestions.add(words.say("suggest.measure"));
        }
        suggestions.add(words.say("suggest.keep"));
        String summary = attention == 0 ? words.say("summary.ok", input.periodDays(), count)
                : words.say("summary.attention", input.periodDays(), count, attention);
        return new InterpretationResult(summary, findings, List.copyOf(suggestions), confidence(count, input));
    }

    /** More readings per day of the period, more confidence; never certain. */
    private static double confidence(int count, InterpretationInput input) {
        double perDay = Math.min(1.0, count / (double) input.periodDays());
        return Math.round((0.3 + 0.6 * perDay) * 100) / 100.0;
    }

    private static int bloodPressure(InterpretationInput input, Words words, List<String> findings,
            Set<String> suggestions) {
        Series systolic = new Series();
        Series diastolic = new Series();
        for (Sample s : of(input, "BLOOD_PRESSURE")) {
            systolic.add(s.takenAt(), s.systolic());
            diastolic.add(s.takenAt(), s.diastolic());
        }
        if (systolic.count() == 0) {
            return 0;
        }
        RiskBand band = RiskBands.bloodPressure((int) Math.round(systolic.average()),
                (int) Math.round(diastolic.average()));
        findings.add(words.say("bp.average", whole(systolic.average()), whole(diastolic.average()), systolic.count(),
                whole(systolic.max()), whole(diastolic.max()), words.say("bp.band." + bandName(band))));
        long crises = 0;
        for (Sample s : of(input, "BLOOD_PRESSURE")) {
            if (s.systolic() != null && s.diastolic() != null
                    && RiskBands.bloodPressure(s.systolic(), s.diastolic()).isCrisis()) {
                crises++;
            }
        }
        if (crises > 0) {
            findings.add(words.say("bp.crisis", crises));
            suggestions.add(words.say("suggest.emergency"));
        }
        trend(words, findings, "trend.systolic", systolic, 0.3, "mmHg");
        if (band.ordinal() >= RiskBand.BP_STAGE_1.ordinal() || crises > 0) {
            suggestions.add(words.say("suggest.doctor.bp"));
            return 1;
        }
        return 0;
    }

    private static int glucose(InterpretationInput input, Words words, List<String> findings,
            Set<String> suggestions) {
        int attention = 0;
        Series all = new Series();
        of(input, "BLOOD_GLUCOSE").forEach(s -> all.add(s.takenAt(), s.glucose()));
        for (String timing : List.of("FASTING", "AFTER_MEAL", "RANDOM")) {
            Series series = new Series();
            of(input, "BLOOD_GLUCOSE").stream().filter(s -> timing.equals(s.glucoseTiming()))
                    .forEach(s -> series.add(s.takenAt(), s.glucose()));
            if (series.count() == 0) {
                continue;
            }
            double average = series.average();
            String band = glucoseBand(average, timing);
            findings.add(words.say("glucose." + timing, tenth(average), series.count(), tenth(series.max()),
                    words.say("glucose.band." + band)));
            if (!"normal".equals(band)) {
                suggestions.add(words.say("suggest.doctor.glucose"));
                attention++;
            }
        }
        long low = all.countBelow(3.9);
        if (low > 0) {
            findings.add(words.say("glucose.low", low));
            suggestions.add(words.say("suggest.low-glucose"));
            attention++;
        }
        return Math.min(attention, 1);
    }

    private static int weight(InterpretationInput input, Words words, List<String> findings) {
        Series weight = new Series();
        of(input, "WEIGHT").forEach(s -> weight.add(s.takenAt(), s.weightKg()));
        if (weight.count() == 0) {
            return 0;
        }
        findings.add(words.say("weight.range", tenth(weight.min()), tenth(weight.max()), weight.count()));
        trend(words, findings, "trend.weight", weight, 0.05, "kg");
        return 0;
    }

    private static int heartRate(InterpretationInput input, Words words, List<String> findings,
            Set<String> suggestions) {
        Series rate = new Series();
        of(input, "HEART_RATE").forEach(s -> rate.add(s.takenAt(), s.heartRate()));
        if (rate.count() == 0) {
            return 0;
        }
        findings.add(words.say("heart.average", whole(rate.average()), rate.count(), whole(rate.min()),
                whole(rate.max())));
        long outside = rate.countBelow(60) + rate.countAtLeast(100.5);
        if (outside * 2 > rate.count()) {
            findings.add(words.say("heart.outside", outside));
            suggestions.add(words.say("suggest.doctor.heart"));
            return 1;
        }
        return 0;
    }

    /** Reports a slope steeper than {@code perDay} either way; smaller ones are noise for this purpose. */
    private static void trend(Words words, List<String> findings, String what, Series series, double perDay,
            String unit) {
        double slope = series.slopePerDay();
        if (series.count() >= 3 && Math.abs(slope) >= perDay) {
            findings.add(words.say(slope > 0 ? "trend.rising" : "trend.falling", words.say(what),
                    tenth(Math.abs(slope) * 7) + " " + unit));
        }
    }

    private static List<Sample> of(InterpretationInput input, String type) {
        return input.readings().stream().filter(s -> type.equals(s.type())).toList();
    }

    private static String whole(double value) {
        return String.format(Locale.ROOT, "%.0f", value);
    }

    private static String tenth(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The word key of a blood-pressure band: BP_STAGE_1 → STAGE_1. */
    private static String bandName(RiskBand band) {
        return band.name().substring("BP_".length());
    }

    /**
     * The period's average against the health records' glucose bands; random values are judged by the after-meal
     * ones here, since an average of random readings below the diabetes range still says something.
     */
    private static String glucoseBand(double average, String timing) {
        GlucoseTiming judgedAs = "FASTING".equals(timing) ? GlucoseTiming.FASTING : GlucoseTiming.AFTER_MEAL;
        return switch (RiskBands.glucose(BigDecimal.valueOf(average), judgedAs)) {
            case GLUCOSE_DIABETES, GLUCOSE_CRISIS -> "high";
            case GLUCOSE_PREDIABETES -> "raised";
            default -> "normal";
        };
    }

    /** The texts in the input's language; Chinese unless it is {@code en}. */
    private static final class Words {

        private final ResourceBundle bundle;
        private final Locale locale;

        Words(String language) {
            this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.ROOT;
            this.bundle = ResourceBundle.getBundle("health/interpretation", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        String say(String key, Object... args) {
            Object[] texts = Arrays.stream(args).map(String::valueOf).toArray();
            return new MessageFormat(bundle.getString(key), locale).format(texts);
        }
    }
}
