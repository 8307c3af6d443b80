package com.careflow.engine.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.operaton.bpm.engine.ProcessEngine;
import org.springframework.context.ConfigurableApplicationContext;

import com.careflow.engine.EngineClock;

/** Moving the engine clock and firing what became due, including a timer that a fired timer created. */
class EngineClockTest {

    @TempDir
    Path dir;

    @Test
    void firesDueTimersAndTheirChainButNothingEarly() {
        try (ConfigurableApplicationContext context = HostTestApplication.startOn(dir, false)) {
            ProcessEngine engine = context.getBean(ProcessEngine.class);
            EngineClock clock = context.getBean(EngineClock.class);
            Instant start = Instant.parse("2030-03-01T08:00:00Z");
            try {
                clock.moveTo(start);
                HostTestApplication.deploy(engine, HostTestApplication.timerChainModel(), "timers");
                String instanceId = engine.getRuntimeService().startProcessInstanceByKey(HostTestApplication.TIMERS,
                        Map.of("secondAt", Date.from(start.plus(2, ChronoUnit.HOURS)))).getId();

                clock.moveTo(start.plus(59, ChronoUnit.MINUTES));
                assertThat(clock.fireDueTimers()).as("nothing due before the hour").isZero();

                clock.moveTo(start.plus(3, ChronoUnit.HOURS));
                assertThat(clock.now()).isEqualTo(start.plus(3, ChronoUnit.HOURS));
                assertThat(clock.fireDueTimers()).as("the first timer and the one it created").isEqualTo(2);
                assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instanceId)
                        .taskDefinitionKey("after").count()).isEqualTo(1);
            } finally {
                clock.reset();
            }
            assertThat(clock.now()).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));
        }
    }
}
