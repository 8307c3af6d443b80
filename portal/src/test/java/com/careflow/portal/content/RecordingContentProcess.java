package com.careflow.portal.content;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.careflow.domain.process.ContentSubmitted;

/**
 * Stands in for the engine at its boundary in web slices: records what the portal asked for, and can be told to
 * fail like an unreachable engine.
 */
public class RecordingContentProcess implements ContentProcess {

    /** An appeal as the engine would get it: message id, business key (content id) and reason. */
    public record Appeal(String messageId, String contentId, String appealReason) {
    }

    private final AtomicInteger instances = new AtomicInteger();
    private final List<ContentSubmitted> started = new CopyOnWriteArrayList<>();
    private final List<Appeal> appeals = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;

    @Override
    public String start(ContentSubmitted submitted) {
        failIfAsked();
        started.add(submitted);
        return "instance-" + instances.incrementAndGet();
    }

    @Override
    public void appealed(String contentId, String appealReason) {
        failIfAsked();
        appeals.add(new Appeal(EngineContentProcess.appealMessageId(contentId), contentId, appealReason));
    }

    public List<ContentSubmitted> started() {
        return List.copyOf(started);
    }

    public List<Appeal> appeals() {
        return List.copyOf(appeals);
    }

    public void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    public void reset() {
        started.clear();
        appeals.clear();
        failure = null;
    }

    private void failIfAsked() {
        if (failure != null) {
            throw failure;
        }
    }
}
