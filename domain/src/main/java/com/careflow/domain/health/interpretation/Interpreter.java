package com.careflow.domain.health.interpretation;

/**
 * Interprets a period of readings. Implementations: the rule-based interpreter shipped with the platform and a
 * client of an OpenAI-compatible chat endpoint (workers/ai). Both answer the same shape and pass the same
 * {@link SafetyRules}; the caller adds the standard {@link Disclaimer}.
 */
public interface Interpreter {

    /** Who answered, stored on the interpretation: {@code rule-based} or {@code llm:<model>}. */
    String name();

    /** @throws InterpreterUnavailableException when it cannot answer (endpoint down, timeout, unusable answer) */
    InterpretationResult interpret(InterpretationInput input);
}
