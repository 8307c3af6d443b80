package com.careflow.notify;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.notification.Notifications;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * What the tests of the notify jobs share (each is a {@link NotifyContext}): the SMTP server, the activity instance
 * ids the engine would hand the worker, the worker and the notifications it stores.
 */
abstract class NotifyJobTest {

    /** Fresh per test: a clean mailbox, and a server a test may stop. */
    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestServers.smtp());

    /** One series for all these tests: the id names the notifications, and the Mongo server is one per JVM. */
    private static final AtomicLong TASK_RUNS = new AtomicLong(1000);

    @Autowired
    NotifyWorker worker;
    @Autowired
    Notifications notifications;

    /** A fresh activity instance id of a notify task, as the engine hands it to the worker. */
    static String nextTaskRun() {
        return "NotifyCustomer:" + TASK_RUNS.incrementAndGet();
    }
}
