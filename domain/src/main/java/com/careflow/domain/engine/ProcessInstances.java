package com.careflow.domain.engine;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Exported process instances. */
public interface ProcessInstances extends MongoRepository<ProcessInstance, Long> {

    List<ProcessInstance> findByParentProcessInstanceKey(long parentProcessInstanceKey);
}
