package com.careflow.payment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The payment worker's real Spring context (gateway, repositories, properties) on an in-process Mongo server,
 * without engine subscriptions: tests call the topic worker method the way the subscription would.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = PaymentWorkerApplication.class, properties = {
        "careflow.worker.engine.enabled=false",
        "careflow.demo-data=false",
        "careflow.payment.retry-backoff=7s" })
@ContextConfiguration(initializers = InProcessMongo.class)
@Import(TestOrders.class)
@interface PaymentWorkerTest {
}
