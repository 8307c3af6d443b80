package com.careflow.domain.health;

/** A reading in words, for the crisis alert and the access log ("收缩压 186 / 舒张压 124 mmHg"). */
public final class ReadingSummary {

    private ReadingSummary() {
    }

    public static String chinese(Reading r) {
        return switch (r.type()) {
            case BLOOD_PRESSURE -> "收缩压 " + r.systolic() + " / 舒张压 " + r.diastolic() + " mmHg"
                    + (r.pulse() == null ? "" : "，脉搏 " + r.pulse() + " 次/分");
            case BLOOD_GLUCOSE -> "血糖 " + r.glucose().toPlainString() + " mmol/L（" + timing(r.glucoseTiming()) + "）";
            case WEIGHT -> "体重 " + r.weightKg().toPlainString() + " kg";
            case HEART_RATE -> "心率 " + r.heartRate() + " 次/分";
        };
    }

    private static String timing(GlucoseTiming timing) {
        return switch (timing) {
            case FASTING -> "空腹";
            case AFTER_MEAL -> "餐后";
            case RANDOM -> "随机";
        };
    }
}
