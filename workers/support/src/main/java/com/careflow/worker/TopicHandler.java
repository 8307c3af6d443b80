package com.careflow.worker;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.Duration;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.task.ExternalTaskHandler;
import org.camunda.bpm.client.task.ExternalTaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one {@link TopicWorker} method for each locked task and tells the engine the outcome: complete with the
 * returned variables, a BPMN error, or a failure with the retries left and the backoff (at zero the engine raises
 * an incident with the failure's one-line message; the stack trace goes into the incident's details).
 */
final class TopicHandler implements ExternalTaskHandler {

    private static final Logger log = LoggerFactory.getLogger(TopicHandler.class);
    /** The engine keeps this much of an incident's message. */
    private static final int MAX_MESSAGE = 600;

    private final Object bean;
    private final Method method;
    private final TopicWorker topic;
    private final Duration defaultBackoff;

    TopicHandler(Object bean, Method method, Duration defaultBackoff) {
        this.bean = bean;
        this.method = method;
        this.topic = method.getAnnotation(TopicWorker.class);
        this.defaultBackoff = defaultBackoff;
        method.setAccessible(true);
    }

    String topic() {
        return topic.value();
    }

    @Override
    public void execute(ExternalTask task, ExternalTaskService service) {
        Object result;
        try {
            result = method.invoke(bean, arguments(task));
        } catch (InvocationTargetException e) {
            fail(task, service, e.getCause());
            return;
        } catch (RuntimeException | IllegalAccessException e) {
            fail(task, service, e);
            return;
        }
        service.complete(task, TaskVariables.write(result));
    }

    private Object[] arguments(ExternalTask task) {
        Map<String, Object> variables = task.getAllVariables();
        Parameter[] parameters = method.getParameters();
        Object[] arguments = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Parameter parameter = parameters[i];
            Var var = parameter.getAnnotation(Var.class);
            if (var != null) {
                arguments[i] = TaskVariables.readOne(variables.get(var.value()), parameter.getType());
            } else if (parameter.isAnnotationPresent(Headers.class)) {
                arguments[i] = Map.copyOf(task.getExtensionProperties());
            } else if (parameter.isAnnotationPresent(ActivityInstanceId.class)) {
                arguments[i] = task.getActivityInstanceId();
            } else {
                arguments[i] = TaskVariables.read(variables, parameter.getType());
            }
        }
        return arguments;
    }

    private void fail(ExternalTask task, ExternalTaskService service, Throwable failure) {
        if (failure instanceof BpmnError error) {
            service.handleBpmnError(task, error.code(), error.getMessage(), TaskVariables.write(error.variables()));
            return;
        }
        boolean retryable;
        Duration backoff;
        String message;
        if (failure instanceof TaskFailure taskFailure) {
            retryable = taskFailure.retryable();
            backoff = taskFailure.backoff();
            message = taskFailure.getMessage();
        } else if (failure instanceof IllegalArgumentException) {
            retryable = false;
            backoff = Duration.ZERO;
            message = "Cannot work on " + topic.value() + ": " + failure.getMessage();
        } else {
            retryable = true;
            backoff = defaultBackoff;
            message = "Failed to work on " + topic.value() + ", will retry: " + failure;
        }
        int retriesLeft = retryable ? retriesLeft(task) : 0;
        if (retriesLeft == 0 && failure instanceof TaskFailure exhausted && exhausted.errorWhenExhausted() != null) {
            log.warn("Task {} of {} failed for good, the model takes its {} path: {}", task.getId(), topic.value(),
                    exhausted.errorWhenExhausted(), message);
            service.handleBpmnError(task, exhausted.errorWhenExhausted(), oneLine(message), Map.of());
            return;
        }
        if (retriesLeft == 0) {
            log.warn("Task {} of {} failed for good, the engine raises an incident: {}", task.getId(), topic.value(),
                    message);
        }
        service.handleFailure(task, oneLine(message), details(failure), retriesLeft, backoff.toMillis());
    }

    private int retriesLeft(ExternalTask task) {
        Integer retries = task.getRetries(); // null until the first failure
        return Math.max(0, (retries == null ? topic.retries() : retries) - 1);
    }

    static String oneLine(String message) {
        String line = message == null ? "failed" : message.lines().findFirst().orElse("failed").strip();
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE - 1) + "…";
    }

    private static String details(Throwable failure) {
        Throwable cause = failure instanceof TaskFailure && failure.getCause() != null ? failure.getCause() : failure;
        java.io.StringWriter trace = new java.io.StringWriter();
        cause.printStackTrace(new java.io.PrintWriter(trace));
        return trace.toString();
    }
}
