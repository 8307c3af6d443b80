package com.careflow.domain.health;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Health profiles by customer id. */
public interface HealthProfiles extends MongoRepository<HealthProfile, String> {
}
