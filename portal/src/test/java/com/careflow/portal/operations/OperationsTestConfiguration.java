package com.careflow.portal.operations;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The operations area's services for web slices, with the engine's incidents and history in memory. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ AssignmentWatch.class, ComplaintDesk.class, ElementNames.class, ProcessSteps.class, IncidentDesk.class,
        OperationsOverview.class })
public class OperationsTestConfiguration {

    @Bean
    FakeIncidents fakeIncidents() {
        return new FakeIncidents();
    }

    @Bean
    FakeProcessHistory fakeProcessHistory() {
        return new FakeProcessHistory();
    }
}
