package com.careflow.domain.engine;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Exported element instances: the steps an instance went through, for timelines. */
public interface ElementInstances extends MongoRepository<ElementInstance, Long> {

    List<ElementInstance> findByProcessInstanceKeyInOrderByStartedAtAscIdAsc(Collection<Long> processInstanceKeys);
}
