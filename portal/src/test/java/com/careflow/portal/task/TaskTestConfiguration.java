package com.careflow.portal.task;

import java.time.Clock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/** The inbox's services for web slices, with the engine's user tasks replaced by {@link FakeUserTasks}. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ TaskSearch.class, TaskTexts.class, TaskInbox.class, TaskPage.class, TaskDesk.class,
        ContentReviewTasks.class, ApplicationReviewTasks.class,
        PayoutApprovalTasks.class, CallBackTasks.class })
public class TaskTestConfiguration {

    @Bean
    FakeUserTasks fakeUserTasks(Clock clock) {
        return new FakeUserTasks(clock);
    }
}
