package com.careflow.ai.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.careflow.domain.health.interpretation.InterpretationInput;
import com.careflow.domain.health.interpretation.InterpretationResult;
import com.careflow.domain.health.interpretation.SafetyRules;

/**
 * The same shape and safety checks for every way the port can answer: the rule-based interpreter alone, and the
 * remote one on a local endpoint that answers well, unsafely, malformed, with an error or too late. Whatever the
 * endpoint does, what comes back has the shape, breaks no safety rule, and says who answered and why the remote
 * interpreter did not.
 */
class InterpreterContractTest {

    private static final Duration TIMEOUT = Duration.ofMillis(400);
    private static FakeChatEndpoint endpoint;

    @BeforeAll
    static void startEndpoint() throws IOException {
        endpoint = new FakeChatEndpoint();
    }

    @AfterAll
    static void stopEndpoint() {
        endpoint.close();
    }

    static Stream<Arguments> endpoints() {
        String safe = FakeChatEndpoint.answer("Blood pressure was mostly in the stage 1 band.",
                List.of("Average 134/85 mmHg"), List.of("Talk the readings through with a doctor."), 0.7);
        return Stream.of(
                Arguments.of("answers safely", 200, safe, Duration.ZERO, null),
                Arguments.of("advises a dose", 200, FakeChatEndpoint.answer("Readings are high.", List.of(),
                        List.of("Take 5 mg amlodipine every morning."), 0.8), Duration.ZERO,
                        "the LLM answer was refused for dosage advice: '5 mg'"),
                Arguments.of("diagnoses", 200, FakeChatEndpoint.answer("您患有高血压。", List.of("血压偏高"),
                        List.of("请咨询医生"), 0.9), Duration.ZERO,
                        "the LLM answer was refused for diagnosis words: '患有'"),
                Arguments.of("answers out of shape", 200, "{\"text\": \"all fine\"}", Duration.ZERO,
                        "the LLM answer does not have the expected shape"),
                Arguments.of("fails", 503, safe, Duration.ZERO, "the LLM endpoint answered HTTP 503"),
                Arguments.of("is stuck", 200, safe, TIMEOUT.multipliedBy(4),
                        "the LLM endpoint did not answer within PT0.4S"));
    }

    @ParameterizedTest(name = "the endpoint {0}")
    @MethodSource("endpoints")
    void theRemoteInterpreterAnswersInShapeAndSafelyOrFallsBackWithTheReason(String behaviour, int status,
            String content, Duration delay, String fallbackReason) {
        endpoint.status(status).answering(content).delay(delay);
        Interpreting interpreting = new Interpreting(new ChatCompletionsInterpreter(
                new InterpretationProperties.Llm(endpoint.url(), "test-model", "sk-test", TIMEOUT)));

        for (String language : List.of("zh", "en")) {
            for (InterpretationInput input : Samples.variety(language)) {
                Interpreting.Answer answer = interpreting.interpret(input);

                assertShapeAndSafety(answer.result());
                assertThat(answer.fallbackReason()).isEqualTo(fallbackReason);
                assertThat(answer.interpreter()).isEqualTo(fallbackReason == null ? "llm:test-model" : "rule-based");
            }
        }
    }

    @Test
    void theRuleBasedInterpreterAnswersInShapeSafelyAndInTheAskedLanguage() {
        Interpreting interpreting = new Interpreting((com.careflow.domain.health.interpretation.Interpreter) null);
        for (String language : List.of("zh", "en")) {
            for (InterpretationInput input : Samples.variety(language)) {
                Interpreting.Answer answer = interpreting.interpret(input);

                assertShapeAndSafety(answer.result());
                assertThat(answer.interpreter()).isEqualTo("rule-based");
                assertThat(answer.fallbackReason()).isNull();
                String all = answer.result().summary() + answer.result().findings() + answer.result().suggestions();
                assertThat(all.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                        .as("Chinese characters in %s", all).isEqualTo("zh".equals(language));
            }
        }
    }

    private static void assertShapeAndSafety(InterpretationResult result) {
        assertThat(result.summary()).isNotBlank();
        assertThat(result.confidence()).isBetween(0.0, 1.0);
        assertThat(result.findings()).allSatisfy(f -> assertThat(f).isNotBlank());
        assertThat(result.suggestions()).allSatisfy(s -> assertThat(s).isNotBlank());
        assertThat(SafetyRules.violation(result)).as("safety of %s", result).isEmpty();
    }
}
