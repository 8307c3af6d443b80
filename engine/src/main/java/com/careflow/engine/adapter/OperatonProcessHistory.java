package com.careflow.engine.adapter;

import static com.careflow.engine.adapter.Dates.instant;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.history.HistoricActivityInstance;
import org.operaton.bpm.engine.history.HistoricProcessInstance;

import com.careflow.domain.engine.ElementInstance;
import com.careflow.domain.engine.ProcessHistory;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstanceState;

/** {@link ProcessHistory} on the engine's history (level full: every activity instance is recorded). */
class OperatonProcessHistory implements ProcessHistory {

    private final HistoryService history;

    OperatonProcessHistory(HistoryService history) {
        this.history = history;
    }

    @Override
    public Optional<ProcessInstance> findById(String processInstanceId) {
        return Optional.ofNullable(history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId)
                .singleResult()).map(OperatonProcessHistory::instance);
    }

    @Override
    public List<ProcessInstance> instancesOf(String businessKey) {
        // called instances inherit the business key (operaton:in businessKey), so one query finds them too
        return history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
                .orderByProcessInstanceStartTime().asc().orderByProcessInstanceId().asc().list().stream()
                .map(OperatonProcessHistory::instance).toList();
    }

    @Override
    public List<ElementInstance> stepsOf(String processInstanceId) {
        List<HistoricActivityInstance> all = new ArrayList<>();
        for (String id : withCalled(processInstanceId)) {
            all.addAll(history.createHistoricActivityInstanceQuery().processInstanceId(id)
                    .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc().list());
        }
        // stable sort: within one instance the engine's occurrence order breaks ties of equal start times
        all.sort(Comparator.comparing(HistoricActivityInstance::getStartTime,
                Comparator.nullsLast(Comparator.naturalOrder())));
        return all.stream().map(OperatonProcessHistory::element).toList();
    }

    /** The instance and every instance below it, by super process instance. */
    private Set<String> withCalled(String root) {
        Set<String> ids = new LinkedHashSet<>();
        Deque<String> open = new ArrayDeque<>(List.of(root));
        while (!open.isEmpty()) {
            String id = open.pop();
            if (ids.add(id)) {
                history.createHistoricProcessInstanceQuery().superProcessInstanceId(id).list()
                        .forEach(child -> open.push(child.getId()));
            }
        }
        return ids;
    }

    static ProcessInstance instance(HistoricProcessInstance instance) {
        Integer version = instance.getProcessDefinitionVersion();
        return new ProcessInstance(instance.getId(), instance.getProcessDefinitionKey(),
                version == null ? 0 : version, instance.getSuperProcessInstanceId(), instance.getBusinessKey(),
                state(instance.getState()), instant(instance.getStartTime()), instant(instance.getEndTime()));
    }

    private static ProcessInstanceState state(String engineState) {
        return switch (engineState == null ? "" : engineState) {
            case HistoricProcessInstance.STATE_COMPLETED -> ProcessInstanceState.COMPLETED;
            case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
                    HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> ProcessInstanceState.TERMINATED;
            default -> ProcessInstanceState.ACTIVE; // active or suspended: still running
        };
    }

    private static ElementInstance element(HistoricActivityInstance activity) {
        ProcessInstanceState state = activity.getEndTime() == null ? ProcessInstanceState.ACTIVE
                : activity.isCanceled() ? ProcessInstanceState.TERMINATED : ProcessInstanceState.COMPLETED;
        return new ElementInstance(activity.getId(), activity.getProcessInstanceId(),
                activity.getProcessDefinitionKey(), activity.getActivityId(), activity.getActivityName(),
                ElementTypes.of(activity.getActivityType()), state, instant(activity.getStartTime()),
                instant(activity.getEndTime()));
    }
}
