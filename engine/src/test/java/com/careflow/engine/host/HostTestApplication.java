package com.careflow.engine.host;

import java.nio.file.Path;
import java.util.List;

import org.operaton.bpm.engine.ProcessEngine;
import org.operaton.bpm.model.bpmn.Bpmn;
import org.operaton.bpm.model.bpmn.BpmnModelInstance;
import org.operaton.bpm.spring.boot.starter.rest.OperatonBpmRestJerseyAutoConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The smallest application that hosts the engine: nothing but auto-configuration, as the portal and the app get it
 * by depending on careflow-engine. Its helpers start it outside the web server on an H2 file database.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
public class HostTestApplication {

    /**
     * The domain ports' adapter (its own tests cover it) delivers pending messages from MongoDB; the host's tests have
     * no MongoDB and need no adapter.
     */
    static final String ADAPTER = "com.careflow.engine.adapter.EngineAdapterConfiguration";

    /** Models of these tests (the platform's own five need the domain jar's processes/). */
    static final String WAITING = "host-waiting";
    static final String TIMERS = "host-timers";

    /** Starts the host without a web server on the H2 file database in {@code dir}; the job executor stays off. */
    static ConfigurableApplicationContext startOn(Path dir, boolean deployPlatformModels) {
        // as arguments: the builder's properties() are Boot's default properties, below the engine's defaults
        List<String> arguments = List.of(
                "spring.datasource.url=" + h2File(dir),
                "operaton.bpm.job-execution.enabled=false",
                "operaton.bpm.auto-deployment-enabled=" + deployPlatformModels,
                // Operaton's REST starter wants a servlet container even when the application has none
                "spring.autoconfigure.exclude=" + OperatonBpmRestJerseyAutoConfiguration.class.getName() + ","
                        + ADAPTER);
        return new SpringApplicationBuilder(HostTestApplication.class).web(WebApplicationType.NONE)
                .run(arguments.stream().map(argument -> "--" + argument).toArray(String[]::new));
    }

    static String h2File(Path dir) {
        return "jdbc:h2:file:" + dir.resolve("engine").toAbsolutePath() + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    /** A user task, then a message catch ("host-go"): two kinds of wait state to survive a restart. */
    static BpmnModelInstance waitingModel() {
        return Bpmn.createExecutableProcess(WAITING).operatonHistoryTimeToLive(1)
                .startEvent()
                .userTask("review").operatonCandidateGroups("reviewer")
                .intermediateCatchEvent("go").message("host-go")
                .endEvent()
                .done();
    }

    /**
     * An hour's timer, then a timer on the date variable {@code secondAt} (as the appointment's reminders), then a
     * user task: when both are due, the second exists only after the first fired.
     */
    static BpmnModelInstance timerChainModel() {
        return Bpmn.createExecutableProcess(TIMERS).operatonHistoryTimeToLive(1)
                .startEvent()
                .intermediateCatchEvent("first").timerWithDuration("PT1H")
                .intermediateCatchEvent("second").timerWithDate("${secondAt}")
                .userTask("after")
                .endEvent()
                .done();
    }

    static void deploy(ProcessEngine engine, BpmnModelInstance model, String name) {
        engine.getRepositoryService().createDeployment().addModelInstance(name + ".bpmn", model)
                .enableDuplicateFiltering(false).name(name).deploy();
    }
}
