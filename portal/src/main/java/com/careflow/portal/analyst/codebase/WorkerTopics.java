package com.careflow.portal.analyst.codebase;

import java.util.Map;
import java.util.Optional;

/**
 * Which worker module serves each external-task topic, as read from the code base's {@code @TopicWorker}
 * subscriptions (not a hand-kept list).
 */
public interface WorkerTopics {

    /** The module serving {@code topic} (e.g. {@code workers/payment}, {@code portal}), if any. */
    Optional<String> moduleServing(String topic);

    /** Every subscribed topic with its module. */
    Map<String, String> all();
}
