package com.careflow.portal.certification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.careflow.domain.process.CertificationApplied;

/**
 * Stands in for the engine at its boundary in web slices: records the instances the portal started, and can be
 * told to fail like an unreachable engine.
 */
class RecordingCertificationWorkflow implements CertificationWorkflow {

    private final AtomicInteger instances = new AtomicInteger();
    private final List<CertificationApplied> started = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;

    @Override
    public String start(CertificationApplied applied) {
        if (failure != null) {
            throw failure;
        }
        started.add(applied);
        return "instance-" + instances.incrementAndGet();
    }

    List<CertificationApplied> started() {
        return List.copyOf(started);
    }

    void failWith(RuntimeException failure) {
        this.failure = failure;
    }

    void reset() {
        started.clear();
        failure = null;
    }
}
