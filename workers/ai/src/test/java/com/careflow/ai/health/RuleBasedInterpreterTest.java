package com.careflow.ai.health;

import static com.careflow.ai.health.Samples.glucose;
import static com.careflow.ai.health.Samples.input;
import static com.careflow.ai.health.Samples.pressure;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.careflow.domain.health.interpretation.InterpretationInput;
import com.careflow.domain.health.interpretation.InterpretationResult;

/** What the rules find, in Chinese and English, and that they answer the same twice. */
class RuleBasedInterpreterTest {

    private final RuleBasedInterpreter interpreter = new RuleBasedInterpreter();

    @Test
    void aCrisisReadingIsFoundAndTheCustomerToldWhenToCall120() {
        InterpretationResult result = interpreter.interpret(input("zh", 7, List.of(pressure(5, 128, 82),
                pressure(3, 134, 86), pressure(1, 186, 124))));

        assertThat(result.findings()).contains("血压平均 149/97 mmHg（3 次，最高 186/124），按 ACC/AHA 2017 分级属于“2 级”范围。",
                "有 1 次读数达到或超过 180/120 mmHg 的危象范围。");
        assertThat(result.suggestions()).contains("如再次测得 180/120 mmHg 以上，并伴有胸痛、气短、头痛或视物模糊，请立即拨打 120。",
                "请带上这些血压记录，与医生讨论。");
        assertThat(result.summary()).isEqualTo("近 7 天共 3 条读数，其中 1 项需要留意，详见下方发现。");
    }

    @Test
    void theTrendComesFromTheRegressionNotFromTheFirstAndLastReading() {
        // first and last are equal, yet the period climbs: a first-vs-last comparison would call it stable
        InterpretationResult result = interpreter.interpret(input("en", 7, List.of(pressure(6, 120, 78),
                pressure(5, 126, 78), pressure(4, 131, 79), pressure(3, 136, 80), pressure(2, 139, 80),
                pressure(1, 120, 78))));

        assertThat(result.findings()).anySatisfy(f -> assertThat(f).startsWith("Systolic pressure is rising"));
    }

    @Test
    void glucoseIsJudgedByItsTimingAndLowValuesAreNamed() {
        InterpretationResult result = interpreter.interpret(input("en", 7, List.of(glucose(3, "6.5", "FASTING"),
                glucose(2, "6.7", "FASTING"), glucose(1, "7.2", "AFTER_MEAL"), glucose(0, "3.5", "AFTER_MEAL"))));

        assertThat(result.findings()).containsExactly(
                "Fasting glucose averaged 6.6 mmol/L over 2 readings (highest 6.7), above the reference range.",
                "After-meal glucose averaged 5.4 mmol/L over 2 readings (highest 7.2), within the reference range.",
                "1 glucose readings were below 3.9 mmol/L.");
        assertThat(result.confidence()).isEqualTo(0.64);
    }

    @Test
    void noReadingsSayNothingWithNoConfidence() {
        InterpretationResult result = interpreter.interpret(input("en", 30, List.of()));

        assertThat(result.summary()).isEqualTo("No readings in the last 30 days; nothing to interpret yet.");
        assertThat(result.findings()).isEmpty();
        assertThat(result.confidence()).isZero();
    }

    @Test
    void theSameInputGivesTheSameAnswer() {
        for (InterpretationInput input : Samples.variety("zh")) {
            assertThat(interpreter.interpret(input)).isEqualTo(interpreter.interpret(input));
        }
    }
}
