package com.careflow.notify;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The notify worker's real Spring context against a real SMTP server (GreenMail, see {@link TestServers}) and a
 * Mongo wire server, without engine subscriptions: tests call the topic worker methods the way the subscription
 * would, and run the task alerts themselves on a clock they move ({@link TestClock}), over the engine's user tasks
 * kept in memory ({@link InMemoryUserTasks}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = NotifyWorkerApplication.class, properties = {
        "careflow.worker.engine.enabled=false",
        "careflow.demo-data=false",
        "careflow.mail.retry-backoff=5s",
        "careflow.portal.base-url=https://care.example.cn/",
        // task alerts run when a test says so, not on their own
        "careflow.tasks.alert-interval=1h" })
@ContextConfiguration(initializers = TestServers.class)
@Import({ TestOrders.class, TestSubjects.class, TestClock.class, InMemoryUserTasks.class })
@interface NotifyContext {
}
