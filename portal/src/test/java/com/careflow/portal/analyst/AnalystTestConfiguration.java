package com.careflow.portal.analyst;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import com.careflow.portal.analyst.codebase.CodeBaseTestConfiguration;
import com.careflow.portal.analyst.diagram.DiagramTestConfiguration;

/**
 * The analyst workspace in web slices: in-memory stand-ins for the engine's {@code ProcessModels} and
 * {@code ProcessActivity}, and the real code-base facts (topics and messages as this build indexed them, a fixed
 * scenario coverage).
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ CodeBaseTestConfiguration.class, DiagramTestConfiguration.class })
public class AnalystTestConfiguration {

    @Bean
    InMemoryProcessModels processModels(Clock clock) {
        return new InMemoryProcessModels(clock);
    }

    @Bean
    RecordedProcessActivity processActivity() {
        return new RecordedProcessActivity();
    }
}
