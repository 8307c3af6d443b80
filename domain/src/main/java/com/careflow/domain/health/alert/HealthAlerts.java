package com.careflow.domain.health.alert;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Crisis-reading alerts by reading id; a customer's newest first. */
public interface HealthAlerts extends MongoRepository<HealthAlert, String> {

    List<HealthAlert> findTop50ByCustomerIdOrderByRaisedAtDesc(String customerId);
}
