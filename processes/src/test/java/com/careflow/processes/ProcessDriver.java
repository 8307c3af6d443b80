package com.careflow.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.operaton.bpm.engine.ExternalTaskService;
import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.ManagementService;
import org.operaton.bpm.engine.ProcessEngineServices;
import org.operaton.bpm.engine.RuntimeService;
import org.operaton.bpm.engine.TaskService;
import org.operaton.bpm.engine.externaltask.ExternalTaskQueryBuilder;
import org.operaton.bpm.engine.externaltask.LockedExternalTask;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;
import org.operaton.bpm.engine.history.HistoricVariableInstance;
import org.operaton.bpm.engine.impl.util.ClockUtil;
import org.operaton.bpm.engine.runtime.Job;
import org.operaton.bpm.engine.runtime.MessageCorrelationBuilder;
import org.operaton.bpm.engine.task.Task;

/**
 * Drives the models on the test engine as the platform would, one step at a time: after every outside event (start,
 * message, user-task completion, clock move) it {@link #settle settles}: works every open external task with its
 * scenario's scripted handler and fires every due timer, until the instances wait for the outside again.
 */
final class ProcessDriver {

    private static final String WORKER = "scripted";
    private static final long LOCK_MILLIS = 60_000;
    /** A model looping without an outside event is a bug; fail instead of spinning. */
    private static final int MAX_ROUNDS = 200;
    private static final Set<String> TOPICS = Models.topics();

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ExternalTaskService externalTasks;
    private final ManagementService management;
    private final HistoryService history;
    private final Map<String, Scenario> scenarios = new HashMap<>();

    ProcessDriver(ProcessEngineServices engine) {
        this.runtime = engine.getRuntimeService();
        this.tasks = engine.getTaskService();
        this.externalTasks = engine.getExternalTaskService();
        this.management = engine.getManagementService();
        this.history = engine.getHistoryService();
    }

    Scenario scenario(String businessKey) {
        Scenario scenario = new Scenario(businessKey);
        scenarios.put(businessKey, scenario);
        return scenario;
    }

    /** Starts an instance under the scenario's business key; answers its id. */
    String start(String processId, Scenario scenario, Map<String, ?> variables) {
        String id = runtime.startProcessInstanceByKey(processId, scenario.businessKey(), new HashMap<>(variables))
                .getId();
        settle();
        return id;
    }

    /** Correlates a message by business key, as the platform's senders do. */
    void send(String message, String businessKey, Map<String, ?> variables) {
        correlate(runtime.createMessageCorrelation(message).processInstanceBusinessKey(businessKey), variables);
    }

    void send(String message, String businessKey) {
        send(message, businessKey, Map.of());
    }

    /** Correlates a message by a process variable's value instead (certification-renewed). */
    void sendTo(String message, String variable, Object value, Map<String, ?> variables) {
        correlate(runtime.createMessageCorrelation(message).processInstanceVariableEquals(variable, value),
                variables);
    }

    private void correlate(MessageCorrelationBuilder correlation, Map<String, ?> variables) {
        correlation.setVariables(new HashMap<>(variables)).correlate();
        settle();
    }

    /** Pins the engine clock (timers, {@code now()}) at {@code time}. */
    void pinClock(Instant time) {
        ClockUtil.setCurrentTime(Date.from(time));
    }

    /** Moves the engine clock to {@code time}, then fires what fell due and works what followed. */
    void moveClockTo(Instant time) {
        pinClock(time);
        settle();
    }

    /** The one open user task of the business object (the review inbox's view of it). */
    Task userTask(String businessKey) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey).active().list();
        assertThat(open).as("open user tasks of %s", businessKey).hasSize(1);
        return open.get(0);
    }

    void completeUserTask(Task task, Map<String, ?> variables) {
        tasks.complete(task.getId(), new HashMap<>(variables));
        settle();
    }

    void settle() {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (workExternalTasks() + fireDueTimers() == 0) {
                return;
            }
        }
        throw new AssertionError("the instances do not come to rest after " + MAX_ROUNDS + " rounds");
    }

    private int workExternalTasks() {
        ExternalTaskQueryBuilder fetch = externalTasks.fetchAndLock(100, WORKER);
        for (String topic : TOPICS) {
            fetch = fetch.topic(topic, LOCK_MILLIS).includeExtensionProperties();
        }
        List<LockedExternalTask> locked = fetch.execute();
        for (LockedExternalTask task : locked) {
            Scenario scenario = scenarios.get(task.getBusinessKey());
            if (scenario == null) {
                Reply.ordinary(task).answer(externalTasks, task);
                continue;
            }
            scenario.worked(new TaskCall(task.getProcessDefinitionKey(), task.getActivityId(), task.getTopicName(),
                    Map.copyOf(task.getExtensionProperties()), new HashMap<>(task.getVariables())));
            scenario.replyTo(task).answer(externalTasks, task);
        }
        return locked.size();
    }

    private int fireDueTimers() {
        List<Job> due = management.createJobQuery().executable().list();
        due.forEach(job -> management.executeJob(job.getId()));
        return due.size();
    }

    /** The instance's history: null while it runs. */
    HistoricProcessInstance finished(String processInstanceId) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).finished()
                .singleResult();
    }

    /** The elements the running instance waits at now (its active activities). */
    List<String> waitsAt(String processInstanceId) {
        return runtime.getActiveActivityIds(processInstanceId);
    }

    /** The end event the (finished) instance reached. */
    String endedAt(String processInstanceId) {
        HistoricProcessInstance done = finished(processInstanceId);
        assertThat(done).as("instance %s finished", processInstanceId).isNotNull();
        return done.getEndActivityId();
    }

    /** The instance's variables as history has them last (also after it ended); null values kept. */
    Map<String, Object> variables(String processInstanceId) {
        Map<String, Object> variables = new HashMap<>();
        for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
                .processInstanceIdIn(processInstanceId).list()) {
            variables.put(variable.getName(), variable.getValue());
        }
        return variables;
    }

    /**
     * Every element the instances of the business object passed (callers and called), per instance in the order
     * they occurred, instances in the order they started.
     */
    List<String> passed(String businessKey) {
        Map<String, List<String>> perInstance = new LinkedHashMap<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(businessKey).orderByProcessInstanceStartTime().asc().list()) {
            perInstance.put(instance.getId(), history.createHistoricActivityInstanceQuery()
                    .processInstanceId(instance.getId()).orderPartiallyByOccurrence().asc().list().stream()
                    .map(HistoricActivityInstance::getActivityId).toList());
        }
        return perInstance.values().stream().flatMap(List::stream).toList();
    }

    /** The instances of a model under the business key, e.g. the grab-order instance a service order called. */
    List<HistoricProcessInstance> instancesOf(String processId, String businessKey) {
        return history.createHistoricProcessInstanceQuery().processDefinitionKey(processId)
                .processInstanceBusinessKey(businessKey).list();
    }
}
