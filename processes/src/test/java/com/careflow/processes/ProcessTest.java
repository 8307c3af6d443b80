package com.careflow.processes;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.test.Deployment;
import org.operaton.bpm.engine.test.junit5.ProcessEngineExtension;

/**
 * A test of the models on the in-memory test engine (operaton.cfg.xml, built once per JVM): all seven deployed for
 * each test and removed with their instances after it.
 */
@Deployment(resources = { Models.SERVICE_ORDER, Models.GRAB_ORDER, Models.APPOINTMENT, Models.CONTENT_REVIEW,
        Models.CERTIFICATION, Models.HEALTH_ALERT, Models.HEALTH_INTERPRETATION })
abstract class ProcessTest {

    @RegisterExtension
    static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
            .configurationResource("operaton.cfg.xml").build();

    ProcessDriver driver;

    @BeforeEach
    void newDriver() {
        driver = new ProcessDriver(ENGINE);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }
}
