package com.careflow.exporter;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.camunda.zeebe.exporter.api.context.Controller;
import io.camunda.zeebe.exporter.api.context.ScheduledTask;

/** Records what the exporter acknowledges; scheduled tasks run only when the test says so. */
final class TestController implements Controller {

    private final List<Runnable> scheduled = new ArrayList<>();
    private long position;

    TestController(long position) {
        this.position = position;
    }

    @Override
    public void updateLastExportedRecordPosition(long position) {
        this.position = position;
    }

    @Override
    public void updateLastExportedRecordPosition(long position, byte[] metadata) {
        this.position = position;
    }

    @Override
    public long getLastExportedRecordPosition() {
        return position;
    }

    @Override
    public ScheduledTask scheduleCancellableTask(Duration delay, Runnable task) {
        scheduled.add(task);
        return () -> scheduled.remove(task);
    }

    @Override
    public Optional<byte[]> readMetadata() {
        return Optional.empty();
    }

    /** Runs the tasks due now (each may schedule itself again). */
    void runScheduledTasks() {
        List<Runnable> due = List.copyOf(scheduled);
        scheduled.clear();
        due.forEach(Runnable::run);
    }
}
