package com.careflow.engine.adapter;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.operaton.bpm.engine.HistoryService;
import org.operaton.bpm.engine.history.HistoricProcessInstance;

/**
 * Process instances by id from the history (it holds running ones too): tasks and incidents do not carry their
 * instance's business key or process id, so a page of them looks these up in one query.
 */
final class Instances {

    private final HistoryService history;

    Instances(HistoryService history) {
        this.history = history;
    }

    Map<String, HistoricProcessInstance> byId(Collection<String> ids) {
        var wanted = ids.stream().filter(Objects::nonNull).collect(Collectors.toCollection(HashSet::new));
        if (wanted.isEmpty()) {
            return Map.of();
        }
        return history.createHistoricProcessInstanceQuery().processInstanceIds(wanted).list().stream()
                .collect(Collectors.toMap(HistoricProcessInstance::getId, Function.identity()));
    }
}
