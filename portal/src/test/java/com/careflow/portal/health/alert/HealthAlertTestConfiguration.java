package com.careflow.portal.health.alert;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The crisis alerts' services for web slices, with the engine replaced by a recording process. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ CrisisAlerts.class, HealthAlertWorkers.class })
public class HealthAlertTestConfiguration {

    @Bean
    RecordingAlertProcess recordingAlertProcess() {
        return new RecordingAlertProcess();
    }

    /** Remembers each start (reading, customer, due); fails the next start when told to. */
    public static class RecordingAlertProcess implements AlertProcess {

        record Start(String readingId, String customerId, Instant callBackDue) {
        }

        final List<Start> started = new CopyOnWriteArrayList<>();
        volatile RuntimeException failure;

        @Override
        public void start(String readingId, String customerId, Instant callBackDue) {
            if (failure != null) {
                RuntimeException thrown = failure;
                failure = null;
                throw thrown;
            }
            started.add(new Start(readingId, customerId, callBackDue));
        }
    }
}
