package com.careflow.exporter;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.camunda.zeebe.protocol.record.ImmutableRecord;
import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.RecordValue;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.intent.IncidentIntent;
import io.camunda.zeebe.protocol.record.intent.Intent;
import io.camunda.zeebe.protocol.record.intent.ProcessInstanceIntent;
import io.camunda.zeebe.protocol.record.intent.UserTaskIntent;
import io.camunda.zeebe.protocol.record.intent.VariableIntent;
import io.camunda.zeebe.protocol.record.value.BpmnElementType;
import io.camunda.zeebe.protocol.record.value.ErrorType;
import io.camunda.zeebe.protocol.record.value.ImmutableIncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableUserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.ImmutableVariableRecordValue;

/**
 * Engine records as the broker hands them to exporters, for one process instance of "review" (definition
 * 2251799813685249, version 3). Each record's timestamp is {@link #at(long)} of its position, so tests can predict
 * the dates.
 */
final class Records {

    static final Instant T0 = Instant.parse("2026-05-04T02:00:00Z");
    static final String PROCESS_ID = "review";
    static final long DEFINITION = 2251799813685249L;
    static final long INSTANCE = 2251799813685300L;

    private Records() {
    }

    static Instant at(long position) {
        return T0.plusSeconds(position);
    }

    static Record<?> process(long position, ProcessInstanceIntent intent, long parentInstance) {
        return element(position, intent, INSTANCE, BpmnElementType.PROCESS, PROCESS_ID, parentInstance);
    }

    static Record<?> element(long position, ProcessInstanceIntent intent, long key, BpmnElementType type,
            String elementId) {
        return element(position, intent, key, type, elementId, -1);
    }

    private static Record<?> element(long position, ProcessInstanceIntent intent, long key, BpmnElementType type,
            String elementId, long parentInstance) {
        return record(position, key, ValueType.PROCESS_INSTANCE, intent, ImmutableProcessInstanceRecordValue.builder()
                .withBpmnProcessId(PROCESS_ID).withVersion(3).withProcessDefinitionKey(DEFINITION)
                .withProcessInstanceKey(INSTANCE).withElementId(elementId).withBpmnElementType(type)
                .withFlowScopeKey(type == BpmnElementType.PROCESS ? -1 : INSTANCE)
                .withParentProcessInstanceKey(parentInstance).withParentElementInstanceKey(-1)
                .withTenantId("<default>").build());
    }

    static Record<?> variable(long position, VariableIntent intent, String name, String json, long scope) {
        return record(position, 2251799813690000L + position, ValueType.VARIABLE, intent,
                ImmutableVariableRecordValue.builder().withName(name).withValue(json).withScopeKey(scope)
                        .withProcessInstanceKey(INSTANCE).withProcessDefinitionKey(DEFINITION)
                        .withBpmnProcessId(PROCESS_ID).withTenantId("<default>").build());
    }

    static Record<?> incident(long position, IncidentIntent intent, long key, long elementInstance, long job) {
        return record(position, key, ValueType.INCIDENT, intent, ImmutableIncidentRecordValue.builder()
                .withErrorType(ErrorType.JOB_NO_RETRIES).withErrorMessage("card processor down")
                .withBpmnProcessId(PROCESS_ID).withProcessDefinitionKey(DEFINITION).withProcessInstanceKey(INSTANCE)
                .withElementId("Charge").withElementInstanceKey(elementInstance).withJobKey(job)
                .withVariableScopeKey(elementInstance).withTenantId("<default>").build());
    }

    /** A user task record; {@code task} fills what differs between intents. */
    static Record<?> userTask(long position, UserTaskIntent intent, long key,
            UnaryOperator<ImmutableUserTaskRecordValue.Builder> task) {
        ImmutableUserTaskRecordValue.Builder value = ImmutableUserTaskRecordValue.builder()
                .withUserTaskKey(key).withProcessInstanceKey(INSTANCE).withProcessDefinitionKey(DEFINITION)
                .withProcessDefinitionVersion(3).withBpmnProcessId(PROCESS_ID).withElementId("ReviewContent")
                .withElementInstanceKey(key - 1).withTenantId("<default>").withAssignee("").withDueDate("")
                .withFollowUpDate("").withCandidateGroupsList(List.of()).withCandidateUsersList(List.of())
                .withChangedAttributes(List.of()).withCustomHeaders(Map.of()).withPriority(50).withAction("")
                .withExternalFormReference("").withFormKey(-1).withVariables(Map.of());
        return record(position, key, ValueType.USER_TASK, intent, task.apply(value).build());
    }

    static <T extends RecordValue> Record<T> record(long position, long key, ValueType valueType, Intent intent,
            T value) {
        return ImmutableRecord.<T>builder().withPosition(position).withKey(key)
                .withTimestamp(at(position).toEpochMilli()).withIntent(intent).withPartitionId(1)
                .withRecordType(RecordType.EVENT).withValueType(valueType).withValue(value).withBrokerVersion("8.6.0").build();
    }

    static <T extends RecordValue> Record<T> command(Record<T> event) {
        return ImmutableRecord.<T>builder().from(event).withRecordType(RecordType.COMMAND).build();
    }
}
