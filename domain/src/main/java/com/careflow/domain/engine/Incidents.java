package com.careflow.domain.engine;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Exported incidents. */
public interface Incidents extends MongoRepository<Incident, Long> {

    List<Incident> findByStateOrderByCreatedAtDesc(IncidentState state);

    List<Incident> findByProcessInstanceKey(long processInstanceKey);
}
