package com.careflow.worker;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A locked task as the client hands it over: id, activity instance, retries (null before the first failure),
 * variables and extension properties.
 */
final class FakeExternalTask implements ExternalTask {

    private final String topic;
    private final Integer retries;
    private final Map<String, Object> variables;
    private final Map<String, String> properties;

    FakeExternalTask(String topic, Integer retries, Map<String, Object> variables, Map<String, String> properties) {
        this.topic = topic;
        this.retries = retries;
        this.variables = new LinkedHashMap<>(variables);
        this.properties = Map.copyOf(properties);
    }

    @Override
    public String getId() {
        return "task-" + topic;
    }

    @Override
    public String getTopicName() {
        return topic;
    }

    @Override
    public Integer getRetries() {
        return retries;
    }

    @Override
    public Map<String, Object> getAllVariables() {
        return variables;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getVariable(String name) {
        return (T) variables.get(name);
    }

    @Override
    public String getActivityInstanceId() {
        return "ServiceTask:" + topic;
    }

    @Override
    public Map<String, String> getExtensionProperties() {
        return properties;
    }

    @Override
    public String getExtensionProperty(String name) {
        return properties.get(name);
    }

    // what TopicHandler never reads

    @Override
    public String getActivityId() {
        return null;
    }


    @Override
    public String getErrorMessage() {
        return null;
    }

    @Override
    public String getErrorDetails() {
        return null;
    }

    @Override
    public String getExecutionId() {
        return null;
    }

    @Override
    public Date getLockExpirationTime() {
        return null;
    }

    @Override
    public Date getCreateTime() {
        return null;
    }

    @Override
    public String getProcessDefinitionId() {
        return null;
    }

    @Override
    public String getProcessDefinitionKey() {
        return null;
    }

    @Override
    public String getProcessDefinitionVersionTag() {
        return null;
    }

    @Override
    public String getProcessInstanceId() {
        return null;
    }

    @Override
    public String getWorkerId() {
        return null;
    }

    @Override
    public String getTenantId() {
        return null;
    }

    @Override
    public long getPriority() {
        return 0;
    }

    @Override
    public <T extends TypedValue> T getVariableTyped(String name) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <T extends TypedValue> T getVariableTyped(String name, boolean deserialize) {
        throw new UnsupportedOperationException();
    }

    @Override
    public VariableMap getAllVariablesTyped() {
        throw new UnsupportedOperationException();
    }

    @Override
    public VariableMap getAllVariablesTyped(boolean deserialize) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String getBusinessKey() {
        return null;
    }
}
