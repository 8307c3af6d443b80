package com.careflow.ai.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.careflow.domain.health.interpretation.InterpretationResult;
import com.careflow.domain.health.interpretation.SafetyRules;

/** The safety rules catch dosage advice and diagnosis words in either language and let descriptions pass. */
class SafetyRulesTest {

    @ParameterizedTest
    @ValueSource(strings = { "Take 500 mg of metformin twice a day.", "Increase your insulin a little.",
            "每次服用 2 片降压药。", "建议减药。", "The usual dose is low.", "You have hypertension.",
            "These readings suggest a diagnosis of diabetes.", "您已确诊为 2 型糖尿病。", "看起来您患有高血压。",
            "Stop your medication for a week." })
    void unsafeAdviceIsCaught(String text) {
        assertThat(SafetyRules.violation(new InterpretationResult("Summary.", List.of(), List.of(text), 0.5)))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = { "Blood pressure averaged 134/85 mmHg, in the stage 1 band.",
            "空腹血糖平均 6.6 mmol/L，高于参考范围。", "Talk the readings through with a doctor.",
            "体重 70.0–72.9 kg（30 次）。", "如再次测得 180/120 mmHg 以上，请立即拨打 120。" })
    void descriptionsPass(String text) {
        assertThat(SafetyRules.violation(new InterpretationResult(text, List.of(text), List.of(), 0.5))).isEmpty();
    }
}
