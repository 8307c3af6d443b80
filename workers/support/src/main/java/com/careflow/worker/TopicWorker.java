package com.careflow.worker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a bean method as the worker of one external-task topic (the BPMN's {@code operaton:topic}). The method takes
 * any of: one variables type (a record or bean filled from the task's variables by name), single variables marked
 * {@link Var}, the task's extension properties marked {@link Headers}, the id of this pass of the task marked
 * {@link ActivityInstanceId}. It returns nothing, a {@code Map} or a record
 * whose properties become process variables. Failures: {@link TaskFailure} (incident at once or retry after a
 * backoff), {@link BpmnError} (the model's error boundary); anything else is retried with the default backoff.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface TopicWorker {

    /** The topic, e.g. {@code payment.charge}. */
    String value();

    /** How often the engine tries before it raises an incident (BPMN has no place for it on an external task). */
    int retries() default 3;
}
