package com.careflow.domain.health.interpretation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Interpretations by customer, newest first. */
public interface Interpretations extends MongoRepository<Interpretation, String> {

    List<Interpretation> findTop50ByCustomerIdOrderByRequestedAtDesc(String customerId);

    Optional<Interpretation> findByIdAndCustomerId(String id, String customerId);
}
