package com.careflow.domain.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each band's edges, as the guidelines cited in RiskBands draw them. */
class RiskBandsTest {

    @ParameterizedTest(name = "{0}/{1} mmHg is {2}")
    @CsvSource({ "119,79,BP_NORMAL", "120,79,BP_ELEVATED", "129,79,BP_ELEVATED", "130,70,BP_STAGE_1",
            "118,80,BP_STAGE_1", "139,89,BP_STAGE_1", "140,70,BP_STAGE_2", "125,90,BP_STAGE_2", "179,119,BP_STAGE_2",
            "180,100,BP_CRISIS", "150,120,BP_CRISIS", "186,124,BP_CRISIS" })
    void bloodPressureCategoriesOfThe2017AccAhaGuideline(int systolic, int diastolic, RiskBand band) {
        assertThat(RiskBands.bloodPressure(systolic, diastolic)).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} mmol/L {1} is {2}")
    @CsvSource({ "2.9,FASTING,GLUCOSE_CRISIS", "3.0,FASTING,GLUCOSE_LOW", "3.8,AFTER_MEAL,GLUCOSE_LOW",
            "3.9,FASTING,GLUCOSE_NORMAL", "6.0,FASTING,GLUCOSE_NORMAL", "6.1,FASTING,GLUCOSE_PREDIABETES",
            "6.9,FASTING,GLUCOSE_PREDIABETES", "7.0,FASTING,GLUCOSE_DIABETES", "7.0,AFTER_MEAL,GLUCOSE_NORMAL",
            "7.8,AFTER_MEAL,GLUCOSE_PREDIABETES", "11.0,AFTER_MEAL,GLUCOSE_PREDIABETES",
            "11.1,AFTER_MEAL,GLUCOSE_DIABETES", "9.0,RANDOM,GLUCOSE_NORMAL", "11.1,RANDOM,GLUCOSE_DIABETES",
            "16.6,RANDOM,GLUCOSE_DIABETES", "16.7,AFTER_MEAL,GLUCOSE_CRISIS" })
    void glucoseBandsOfTheChineseDiabetesGuideline(String mmol, GlucoseTiming timing, RiskBand band) {
        assertThat(RiskBands.glucose(new BigDecimal(mmol), timing)).isEqualTo(band);
    }

    @ParameterizedTest(name = "BMI {0} is {1}")
    @CsvSource({ "18.4,BMI_UNDERWEIGHT", "18.5,BMI_NORMAL", "23.9,BMI_NORMAL", "24.0,BMI_OVERWEIGHT",
            "27.9,BMI_OVERWEIGHT", "28.0,BMI_OBESE" })
    void chineseAdultBmiBandsOfWsT428(String bmi, RiskBand band) {
        assertThat(RiskBands.bmi(new BigDecimal(bmi))).isEqualTo(band);
    }

    @ParameterizedTest(name = "{0} cm and {1} kg: BMI {2}")
    @CsvSource({ "170,69.4,24.0", "160,47,18.4", "175,85.8,28.0" })
    void bmiIsDerivedFromHeightAndWeight(String height, String weight, String bmi) {
        HealthProfile profile = new HealthProfile("c", null, new BigDecimal(height), new BigDecimal(weight), null,
                null, null, null, null, null);
        assertThat(profile.bmi()).isEqualByComparingTo(bmi);
        assertThat(HealthProfile.empty("c").bmi()).isNull();
    }

    @ParameterizedTest(name = "{0} bpm is {1}")
    @CsvSource({ "59,HR_LOW", "60,HR_NORMAL", "100,HR_NORMAL", "101,HR_HIGH" })
    void restingHeartRate(int bpm, RiskBand band) {
        assertThat(RiskBands.heartRate(bpm)).isEqualTo(band);
    }
}
