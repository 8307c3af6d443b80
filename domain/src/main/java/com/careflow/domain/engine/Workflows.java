package com.careflow.domain.engine;

import java.time.Duration;
import java.util.Map;

/** Starting process instances and sending them messages. */
public interface Workflows {

    /**
     * Starts the newest version of {@code processId} for {@code businessKey} with {@code variables} (plain values:
     * strings, numbers, booleans, dates; anything structured as JSON text).
     *
     * @return the new instance's id
     */
    String start(String processId, String businessKey, Map<String, Object> variables);

    /**
     * Sends {@code message} to the instance of {@code businessKey} (or one it called) that waits for it. When none
     * waits yet (a worker is still busy with the step before), the message is kept and delivered as soon as one waits,
     * until {@code timeToLive} has passed; then it is dropped. A second message with the same {@code messageId}
     * while the first is kept or after it was delivered is ignored, so a double submit counts once.
     */
    void send(String message, String businessKey, String messageId, Duration timeToLive,
            Map<String, Object> variables);

    /** Cancels every running instance of {@code businessKey} with its called instances (clean-up, operations). */
    void cancel(String businessKey, String reason);
}
