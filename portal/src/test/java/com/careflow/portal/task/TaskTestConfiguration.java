package com.careflow.portal.task;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import com.careflow.domain.engine.UserTasks;

/** The inbox's services for web slices, with the engine's user-task API replaced by {@link RecordingTaskCommands}. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ TaskSearch.class, TaskTexts.class, TaskInbox.class, TaskPage.class, TaskDesk.class,
        ContentReviewTasks.class, ApplicationReviewTasks.class })
public class TaskTestConfiguration {

    @Bean
    RecordingTaskCommands recordingTaskCommands(UserTasks tasks, Clock clock) {
        return new RecordingTaskCommands(tasks, clock);
    }
}
