package com.careflow.domain.health;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The reads of each customer's health records by others, newest first. */
public interface HealthAccessLog extends MongoRepository<HealthAccess, String> {

    List<HealthAccess> findByCustomerIdOrderByAtDesc(String customerId);
}
