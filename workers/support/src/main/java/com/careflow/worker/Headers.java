package com.careflow.worker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code Map<String, String>} {@link TopicWorker} parameter: the task's extension properties
 * ({@code operaton:properties} on the service task, e.g. a mail template or a cancel reason).
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface Headers {
}
