package com.careflow.engine.adapter;

import org.operaton.bpm.engine.OptimisticLockingException;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.operaton.bpm.engine.MismatchingMessageCorrelationException;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.exception.NotFoundException;
import org.operaton.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.careflow.domain.engine.Workflows;

/**
 * {@link Workflows} on the engine's RuntimeService. The engine correlates a message only to an instance that waits
 * for it right now and forgets it after; the old engine kept it for its time to live and dropped a repeated id. That
 * is rebuilt here: a message nobody waits for goes to {@link PendingMessages}, and {@link PendingMessageDelivery}
 * tries it again until it expires; every id is recorded, so a repeat is ignored.
 */
class OperatonWorkflows implements Workflows {

    private static final Logger log = LoggerFactory.getLogger(OperatonWorkflows.class);

    private final RuntimeService runtime;
    private final PendingMessages pending;

    OperatonWorkflows(RuntimeService runtime, PendingMessages pending) {
        this.runtime = runtime;
        this.pending = pending;
    }

    @Override
    public String start(String processId, String businessKey, Map<String, Object> variables) {
        return runtime.startProcessInstanceByKey(processId, businessKey, engineValues(variables)).getId();
    }

    @Override
    public void send(String message, String businessKey, String messageId, Duration timeToLive,
            Map<String, Object> variables) {
        Map<String, Object> values = engineValues(variables);
        if (timeToLive == null || timeToLive.isZero() || timeToLive.isNegative()) {
            // nothing to keep: delivered now or never, like a message without a time to live before
            correlate(message, businessKey, values);
            return;
        }
        String id = messageId == null ? UUID.randomUUID().toString() : messageId;
        PendingMessages.Pending entry = new PendingMessages.Pending(id, message, businessKey, values);
        if (!pending.add(entry, timeToLive)) {
            log.debug("Message {} ({}) for {} was sent before; ignored", id, message, businessKey);
            return;
        }
        try {
            if (correlate(message, businessKey, values)) {
                pending.delivered(id);
            }
            else {
                log.debug("No instance of {} waits for {} yet; kept for {}", businessKey, message, timeToLive);
                pending.release(id);
            }
        }
        catch (RuntimeException e) {
            pending.remove(id); // not sent after all: the caller may try again with the same id
            throw e;
        }
    }

    @Override
    public void cancel(String businessKey, String reason) {
        pending.removeAll(businessKey);
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .rootProcessInstances().list()) {
            try {
                // deleting the top instance deletes the instances it called
                runtime.deleteProcessInstance(instance.getId(), reason);
            }
            catch (NotFoundException e) {
                log.debug("Instance {} of {} ended meanwhile", instance.getId(), businessKey);
            }
        }
    }

    /** @return false when no instance of {@code businessKey} waits for the message */
    boolean correlate(String message, String businessKey, Map<String, Object> variables) {
        // asked first: a failed correlation is logged by the engine as an error, and the poller asks often
        if (runtime.createExecutionQuery().messageEventSubscriptionName(message)
                .processInstanceBusinessKey(businessKey).count() == 0) {
            return false;
        }
        try {
            runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey).setVariables(variables)
                    .correlate();
            return true;
        }
        catch (MismatchingMessageCorrelationException e) {
            return false; // the wait ended between the question and the correlation
        }
        catch (OptimisticLockingException e) {
            // the instance moved at the same moment (a worker's completion, a timer, another node): not applied;
            // kept messages are tried again by the poller, which sees whether the instance still waits
            log.debug("Instance of {} changed while {} was correlated; will retry", businessKey, message);
            return false;
        }
    }

    /** Instants become dates: the engine has no type for them, and JUEL compares dates. */
    static Map<String, Object> engineValues(Map<String, Object> variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (variables != null) {
            variables.forEach((name, value) -> values.put(name,
                    value instanceof Instant instant ? Date.from(instant) : value));
        }
        return values;
    }
}
