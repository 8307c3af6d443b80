package com.careflow.exporter;

import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.camunda.zeebe.protocol.record.Record;
import io.camunda.zeebe.protocol.record.RecordType;
import io.camunda.zeebe.protocol.record.ValueType;
import io.camunda.zeebe.protocol.record.value.IncidentRecordValue;
import io.camunda.zeebe.protocol.record.value.ProcessInstanceRecordValue;
import io.camunda.zeebe.protocol.record.value.UserTaskRecordValue;
import io.camunda.zeebe.protocol.record.value.VariableRecordValue;
import org.bson.Document;

/**
 * Turns an engine record into the change of one read-model document, shaped like the records in
 * {@code com.careflow.domain.engine} (field names, Instant as BSON date, enums by name). Intents, value types and
 * element types are compared by {@code name()}: a newer broker's protocol has more enum constants, and a switch over
 * the enum itself would be compiled against 8.6's ordinals.
 */
final class RecordMapper {

    static final String PROCESS_INSTANCES = "process_instances";
    static final String ELEMENT_INSTANCES = "element_instances";
    static final String INCIDENTS = "incidents";
    static final String USER_TASKS = "user_tasks";

    /** The value types the exporter reads; the broker skips every other record for it. */
    static final Set<String> VALUE_TYPES = Set.of(ValueType.PROCESS_INSTANCE.name(), ValueType.INCIDENT.name(),
            ValueType.USER_TASK.name(), ValueType.VARIABLE.name());

    private final Set<String> variables;

    RecordMapper(Set<String> variables) {
        this.variables = variables;
    }

    /** The change the record makes, or empty when the platform does not need it (its position is acknowledged too). */
    Optional<Write> map(Record<?> record) {
        if (!RecordType.EVENT.name().equals(record.getRecordType().name())) {
            return Optional.empty();
        }
        String intent = record.getIntent().name();
        return switch (record.getValueType().name()) {
            case "PROCESS_INSTANCE" -> processInstance(record, (ProcessInstanceRecordValue) record.getValue(), intent);
            case "INCIDENT" -> incident(record, (IncidentRecordValue) record.getValue(), intent);
            case "USER_TASK" -> userTask(record, (UserTaskRecordValue) record.getValue(), intent);
            case "VARIABLE" -> variable(record, (VariableRecordValue) record.getValue(), intent);
            default -> Optional.empty();
        };
    }

    private Optional<Write> processInstance(Record<?> record, ProcessInstanceRecordValue value, String intent) {
        String elementType = value.getBpmnElementType().name();
        if ("SEQUENCE_FLOW".equals(elementType)) {
            return Optional.empty();
        }
        Document fields = new Document();
        switch (intent) {
            case "ELEMENT_ACTIVATED" -> fields.append("state", "ACTIVE").append("startedAt", date(record));
            case "ELEMENT_COMPLETED" -> fields.append("state", "COMPLETED").append("endedAt", date(record));
            case "ELEMENT_TERMINATED" -> fields.append("state", "TERMINATED").append("endedAt", date(record));
            case "ELEMENT_MIGRATED" -> { } // only the definition fields below change
            default -> {
                return Optional.empty();
            }
        }
        fields.append("bpmnProcessId", value.getBpmnProcessId());
        if ("PROCESS".equals(elementType)) {
            fields.append("version", value.getVersion())
                    .append("processDefinitionKey", value.getProcessDefinitionKey())
                    .append("parentProcessInstanceKey", value.getParentProcessInstanceKey());
            return write(PROCESS_INSTANCES, record.getKey(), fields, record);
        }
        fields.append("processInstanceKey", value.getProcessInstanceKey())
                .append("elementId", value.getElementId())
                .append("elementType", elementType);
        return write(ELEMENT_INSTANCES, record.getKey(), fields, record);
    }

    private Optional<Write> incident(Record<?> record, IncidentRecordValue value, String intent) {
        Document fields = new Document();
        switch (intent) {
            case "CREATED" -> fields.append("state", "ACTIVE").append("createdAt", date(record))
                    .append("errorType", value.getErrorType().name())
                    .append("errorMessage", value.getErrorMessage());
            case "RESOLVED" -> fields.append("state", "RESOLVED").append("resolvedAt", date(record));
            default -> {
                return Optional.empty();
            }
        }
        fields.append("processInstanceKey", value.getProcessInstanceKey())
                .append("bpmnProcessId", value.getBpmnProcessId())
                .append("elementId", value.getElementId())
                .append("elementInstanceKey", value.getElementInstanceKey())
                .append("jobKey", value.getJobKey());
        return write(INCIDENTS, record.getKey(), fields, record);
    }

    private Optional<Write> userTask(Record<?> record, UserTaskRecordValue value, String intent) {
        Document fields = new Document();
        switch (intent) {
            case "CREATED" -> fields.append("state", "CREATED")
                    .append("assignee", blankToNull(value.getAssignee()))
                    .append("candidateGroups", value.getCandidateGroupsList())
                    .append("candidateUsers", value.getCandidateUsersList())
                    .append("dueDate", instant(value.getDueDate()))
                    .append("followUpDate", instant(value.getFollowUpDate()))
                    .append("priority", value.getPriority())
                    .append("customHeaders", new Document(value.getCustomHeaders()))
                    .append("createdAt", date(record));
            // an empty assignee is how the engine records an unassign
            case "ASSIGNED" -> fields.append("assignee", blankToNull(value.getAssignee()));
            case "UPDATED" -> changedAttributes(value, fields);
            case "COMPLETED" -> fields.append("state", "COMPLETED").append("endedAt", date(record))
                    .append("completedBy", blankToNull(value.getAssignee()));
            case "CANCELED" -> fields.append("state", "CANCELED").append("endedAt", date(record));
            case "MIGRATED" -> { } // only the definition fields below change
            default -> {
                return Optional.empty();
            }
        }
        fields.append("processInstanceKey", value.getProcessInstanceKey())
                .append("processDefinitionKey", value.getProcessDefinitionKey())
                .append("bpmnProcessId", value.getBpmnProcessId())
                .append("elementId", value.getElementId())
                .append("elementInstanceKey", value.getElementInstanceKey());
        return write(USER_TASKS, value.getUserTaskKey(), fields, record);
    }

    /** Only what the update changed: the record carries every attribute, unchanged ones possibly empty. */
    private static void changedAttributes(UserTaskRecordValue value, Document fields) {
        List<String> changed = value.getChangedAttributes();
        for (String attribute : changed) {
            switch (attribute) {
                case "candidateGroupsList", "candidateGroups" ->
                        fields.append("candidateGroups", value.getCandidateGroupsList());
                case "candidateUsersList", "candidateUsers" ->
                        fields.append("candidateUsers", value.getCandidateUsersList());
                case "dueDate" -> fields.append("dueDate", instant(value.getDueDate()));
                case "followUpDate" -> fields.append("followUpDate", instant(value.getFollowUpDate()));
                case "priority" -> fields.append("priority", value.getPriority());
                default -> { } // e.g. an action name; nothing the read model keeps
            }
        }
    }

    private Optional<Write> variable(Record<?> record, VariableRecordValue value, String intent) {
        if (!("CREATED".equals(intent) || "UPDATED".equals(intent)) || !variables.contains(value.getName())
                || value.getScopeKey() != value.getProcessInstanceKey()) {
            return Optional.empty();
        }
        Document fields = new Document("variables." + value.getName(), VariableValues.decode(value.getValue()));
        return write(PROCESS_INSTANCES, value.getProcessInstanceKey(), fields, record);
    }

    private static Optional<Write> write(String collection, long id, Document fields, Record<?> record) {
        return Optional.of(new Write(collection, id, fields, record.getPosition()));
    }

    private static Date date(Record<?> record) {
        return new Date(record.getTimestamp());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * A task schedule date as the engine keeps it: an ISO-8601 date-time with offset (possibly with a zone id, as
     * FEEL's date and time prints it); empty when the model has none. An unreadable value is stored as null rather
     * than blocking the export of everything after it.
     */
    static Date instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Date.from(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException notAnOffsetDateTime) {
            try {
                return Date.from(ZonedDateTime.parse(value).toInstant());
            } catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }
}
