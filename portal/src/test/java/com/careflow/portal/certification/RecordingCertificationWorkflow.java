package com.careflow.portal.certification;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

import com.careflow.domain.process.CertificationApplied;

/**
 * Stands in for Zeebe at the engine boundary in web slices: records the instances the portal started, and can be
 * told to fail like an unreachable broker.
 */
class RecordingCertificationWorkflow implements CertificationWorkflow {

    private final AtomicLong keys = new AtomicLong(2251799813700000L);
    private final List<CertificationApplied> started = new CopyOnWriteArrayList<>();
    private volatile RuntimeException failure;

    @Override
    public long start(CertificationApplied applied) {
        if (failure != null) {
            throw failure;
        }
        started.add(applied);
        return keys.incrementAndGet();
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
