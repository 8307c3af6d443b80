package com.careflow.domain.engine;

import java.util.List;
import java.util.Optional;

/** What process instances did, from the engine's history. */
public interface ProcessHistory {

    Optional<ProcessInstance> findById(String processInstanceId);

    /** The instances of {@code businessKey}, running and ended, with the instances they called, oldest first. */
    List<ProcessInstance> instancesOf(String businessKey);

    /** The elements the instance and every instance below it (call activities) went through, in start order. */
    List<ElementInstance> stepsOf(String processInstanceId);
}
