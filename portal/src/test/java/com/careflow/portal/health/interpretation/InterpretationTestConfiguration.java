package com.careflow.portal.health.interpretation;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The interpretation pages' services for web slices, with the engine replaced by a recording process. */
@TestConfiguration(proxyBeanMethods = false)
@Import(InterpretationDesk.class)
public class InterpretationTestConfiguration {

    @Bean
    RecordingInterpretationProcess recordingInterpretationProcess() {
        return new RecordingInterpretationProcess();
    }

    /** Remembers the interpretations started; fails the next start (once) when told to. */
    public static class RecordingInterpretationProcess implements InterpretationProcess {

        final List<String> started = new CopyOnWriteArrayList<>();
        volatile RuntimeException failure;

        @Override
        public void start(String interpretationId) {
            if (failure != null) {
                RuntimeException thrown = failure;
                failure = null;
                throw thrown;
            }
            started.add(interpretationId);
        }
    }
}
