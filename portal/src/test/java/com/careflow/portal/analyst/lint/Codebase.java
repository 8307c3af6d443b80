package com.careflow.portal.analyst.lint;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.careflow.portal.analyst.codebase.MessageSenders;
import com.careflow.portal.analyst.codebase.ScenarioCoverage;
import com.careflow.portal.analyst.codebase.WorkerTopics;

/** Small, fixed code-base facts for the rules' tests (the real ones are read from the code base). */
final class Codebase {

    static WorkerTopics topics(Map<String, String> served) {
        return new WorkerTopics() {
            @Override
            public Optional<String> moduleServing(String topic) {
                return Optional.ofNullable(served.get(topic));
            }

            @Override
            public Map<String, String> all() {
                return served;
            }
        };
    }

    static MessageSenders senders(Set<String> sent) {
        return new MessageSenders() {
            @Override
            public boolean isSent(String messageName) {
                return sent.contains(messageName);
            }

            @Override
            public Set<String> all() {
                return sent;
            }
        };
    }

    /** {@code covered} null: nothing recorded. */
    static ScenarioCoverage coverage(Map<String, List<String>> covered) {
        return new ScenarioCoverage() {
            @Override
            public List<String> scenariosThrough(String processId, String elementId) {
                return covered == null ? List.of() : covered.getOrDefault(processId + "/" + elementId, List.of());
            }

            @Override
            public boolean recorded() {
                return covered != null;
            }
        };
    }

    private Codebase() {
    }
}
