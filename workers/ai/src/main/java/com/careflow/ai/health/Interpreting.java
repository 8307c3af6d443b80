package com.careflow.ai.health;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.careflow.domain.health.interpretation.InterpretationInput;
import com.careflow.domain.health.interpretation.InterpretationResult;
import com.careflow.domain.health.interpretation.Interpreter;
import com.careflow.domain.health.interpretation.InterpreterUnavailableException;

/**
 * Picks the interpreter: the configured LLM endpoint first, the rule-based interpreter when none is configured or
 * when the endpoint gives no usable answer — then with the reason, which is stored on the interpretation.
 */
@Component
class Interpreting {

    private static final Logger log = LoggerFactory.getLogger(Interpreting.class);

    private final Interpreter remote;
    private final Interpreter local = new RuleBasedInterpreter();

    @Autowired
    Interpreting(InterpretationProperties properties) {
        this(properties.llm().configured() ? new ChatCompletionsInterpreter(properties.llm()) : null);
    }

    /** {@code remote}: null for the rule-based interpreter only. */
    Interpreting(Interpreter remote) {
        this.remote = remote;
    }

    Answer interpret(InterpretationInput input) {
        if (remote == null) {
            return new Answer(local.interpret(input), local.name(), null);
        }
        try {
            return new Answer(remote.interpret(input), remote.name(), null);
        } catch (InterpreterUnavailableException e) {
            log.warn("Interpretation of {} falls back to the rule-based interpreter: {}", input.subject(),
                    e.getMessage());
            return new Answer(local.interpret(input), local.name(), e.getMessage());
        }
    }

    /** The result, who gave it, and why the remote interpreter did not (null when it did or none is set). */
    record Answer(InterpretationResult result, String interpreter, String fallbackReason) {
    }
}
