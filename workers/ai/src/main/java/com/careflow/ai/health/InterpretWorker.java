package com.careflow.ai.health;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.health.interpretation.Interpretation;
import com.careflow.domain.health.interpretation.InterpretationInput;
import com.careflow.domain.health.interpretation.Interpretations;
import com.careflow.domain.process.HealthInterpretationProcess;
import com.careflow.worker.JobRunner;
import com.careflow.worker.TopicWorker;
import com.careflow.worker.Var;

/**
 * Topic worker of processes/health-interpretation.bpmn: interprets the requested period and stores the answer with
 * the input it saw. A redelivered task finds the answer stored and leaves it. Public because the topic
 * subscription invokes it reflectively.
 */
@Component
public class InterpretWorker {

    private static final Logger log = LoggerFactory.getLogger(InterpretWorker.class);

    private final Interpretations interpretations;
    private final InterpretationInputs inputs;
    private final Interpreting interpreting;
    private final JobRunner jobs;
    private final Clock clock;

    InterpretWorker(Interpretations interpretations, InterpretationInputs inputs, Interpreting interpreting,
            InterpretationProperties properties, Clock clock) {
        this.interpretations = interpretations;
        this.inputs = inputs;
        this.interpreting = interpreting;
        this.jobs = new JobRunner(properties.retryBackoff());
        this.clock = clock;
    }

    @TopicWorker(HealthInterpretationProcess.JOB_INTERPRET)
    public void interpret(@Var(HealthInterpretationProcess.VAR_INTERPRETATION_ID) String interpretationId) {
        jobs.run("interpret readings for " + interpretationId, () -> {
            Interpretation request = interpretations.findById(JobRunner.required(
                    HealthInterpretationProcess.VAR_INTERPRETATION_ID, interpretationId))
                    .orElseThrow(() -> new IllegalArgumentException("interpretation " + interpretationId
                            + " does not exist"));
            if (request.isReady()) {
                return;
            }
            InterpretationInput input = inputs.of(request);
            Interpreting.Answer answer = interpreting.interpret(input);
            interpretations.save(request.completed(input, answer.result(), answer.interpreter(),
                    answer.fallbackReason(), clock.instant()));
            log.info("Interpretation {}: {} readings over {} days by {}{}", interpretationId, input.readings().size(),
                    request.periodDays(), answer.interpreter(),
                    answer.fallbackReason() == null ? "" : " (fallback: " + answer.fallbackReason() + ")");
        });
    }
}
