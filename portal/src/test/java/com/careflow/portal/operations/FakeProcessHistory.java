package com.careflow.portal.operations;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.careflow.domain.engine.ElementInstance;
import com.careflow.domain.engine.ProcessHistory;
import com.careflow.domain.engine.ProcessInstance;

/**
 * Stands in for the engine's history in web slices: instances and their steps kept in memory; the steps of an
 * instance include those of the instances below it, in start order, as the engine's history answers.
 */
public class FakeProcessHistory implements ProcessHistory {

    private final List<ProcessInstance> instances = new ArrayList<>();
    private final List<ElementInstance> elements = new ArrayList<>();
    private final List<String> stepsRead = new ArrayList<>();

    public synchronized void save(ProcessInstance instance) {
        instances.add(instance);
    }

    public synchronized void save(ElementInstance element) {
        elements.add(element);
    }

    public synchronized void deleteAll() {
        instances.clear();
        elements.clear();
        stepsRead.clear();
    }

    /** The instances whose steps were asked for, in order: a page that must not show them must not read them. */
    public synchronized List<String> stepsRead() {
        return List.copyOf(stepsRead);
    }

    @Override
    public synchronized Optional<ProcessInstance> findById(String processInstanceId) {
        return instances.stream().filter(instance -> instance.id().equals(processInstanceId)).findFirst();
    }

    @Override
    public synchronized List<ProcessInstance> instancesOf(String businessKey) {
        return instances.stream().filter(instance -> businessKey.equals(instance.businessKey()))
                .sorted(Comparator.comparing(ProcessInstance::startedAt)).toList();
    }

    @Override
    public synchronized List<ElementInstance> stepsOf(String processInstanceId) {
        stepsRead.add(processInstanceId);
        Set<String> tree = new HashSet<>(Set.of(processInstanceId));
        boolean grew = true;
        while (grew) {
            grew = instances.stream().filter(instance -> tree.contains(instance.parentId()))
                    .map(ProcessInstance::id).toList().stream().map(tree::add).reduce(false, Boolean::logicalOr);
        }
        return elements.stream().filter(element -> tree.contains(element.processInstanceId()))
                .sorted(Comparator.comparing(ElementInstance::startedAt)).toList();
    }
}
