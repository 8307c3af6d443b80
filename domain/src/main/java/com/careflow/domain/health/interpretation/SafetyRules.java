package com.careflow.domain.health.interpretation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What no interpretation may say, in Chinese or English: dosage advice (amounts of a drug, starting, stopping or
 * changing medication) and diagnosis words (naming a disease the customer "has"). A platform that is not a clinic
 * may describe readings against published bands and suggest seeing a doctor, nothing more. The remote interpreter's
 * answers are checked against these rules before they are stored; the rule-based one is tested against them.
 */
public final class SafetyRules {

    private static final List<Pattern> DOSAGE = List.of(
            Pattern.compile("\\d+(\\.\\d+)?\\s*(mg|mcg|µg|ml|iu|units?|tablets?|pills?|毫克|微克|毫升|片|粒|单位|支)\\b?",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\b(dose|doses|dosage|dosing)\\b", Pattern.CASE_INSENSITIVE),
            Pattern.compile("(increase|reduce|decrease|double|stop|start|skip|change|adjust)\\w*\\s+(your\\s+)?"
                    + "(medication|medicine|insulin|drug|pills?|tablets?)", Pattern.CASE_INSENSITIVE),
            Pattern.compile("剂量|用量|加药|减药|停药|加量|减量|服用|注射胰岛素|每日\\s*\\d+\\s*次"));

    private static final List<Pattern> DIAGNOSIS = List.of(
            Pattern.compile("diagnos", Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\byou\\s+(have|suffer from|are suffering from)\\s+(hypertension|diabetes|"
                    + "hypotension|hypoglyc|hyperglyc|obesity|a\\s+disease|an?\\s+\\w+\\s+disease)",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("诊断|确诊|患有|得了|病症为|罹患"));

    private SafetyRules() {
    }

    /** The first rule the result breaks, as a reason ("dosage advice: '5 mg'"), or empty when it is safe. */
    public static Optional<String> violation(InterpretationResult result) {
        return texts(result).flatMap(text -> Stream.concat(
                DOSAGE.stream().map(p -> match("dosage advice", p, text)),
                DIAGNOSIS.stream().map(p -> match("diagnosis words", p, text))))
                .flatMap(Optional::stream).findFirst();
    }

    private static Stream<String> texts(InterpretationResult result) {
        return Stream.concat(Stream.of(result.summary()),
                Stream.concat(result.findings().stream(), result.suggestions().stream()))
                .filter(text -> text != null);
    }

    private static Optional<String> match(String rule, Pattern pattern, String text) {
        var matcher = pattern.matcher(text.toLowerCase(Locale.ROOT));
        return matcher.find() ? Optional.of(rule + ": '" + matcher.group() + "'") : Optional.empty();
    }
}
