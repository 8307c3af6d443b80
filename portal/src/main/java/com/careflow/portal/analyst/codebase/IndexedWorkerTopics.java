package com.careflow.portal.analyst.codebase;

import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.careflow.worker.codebase.CodeBaseIndexer;

/**
 * {@link WorkerTopics} from the topic index every deployable's build writes from its {@code @TopicWorker} methods.
 * In the one-JVM app every module is on the classpath; a portal deployed alone sees its own topics only.
 */
@Component
class IndexedWorkerTopics implements WorkerTopics {

    private final Map<String, String> topics;

    @Autowired
    IndexedWorkerTopics() {
        this(IndexedWorkerTopics.class.getClassLoader());
    }

    IndexedWorkerTopics(ClassLoader loader) {
        this.topics = CodeBaseIndex.read(loader, CodeBaseIndexer.TOPICS);
    }

    @Override
    public Optional<String> moduleServing(String topic) {
        return Optional.ofNullable(topic == null ? null : topics.get(topic));
    }

    @Override
    public Map<String, String> all() {
        return topics;
    }
}
