package com.careflow.worker;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A {@code String} {@link TopicWorker} parameter: the id of this pass of the service task (its activity instance).
 * It stays the same across the task's retries and redeliveries and is new when the model reaches the task again, so
 * it names what one pass does (a notification, say) and makes a redelivery do nothing twice.
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface ActivityInstanceId {
}
