package com.careflow.domain.certification;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The stored documents of applications. */
public interface CertificationDocuments extends MongoRepository<CertificationDocument, String> {

    List<CertificationDocument> findByApplicationId(String applicationId);

    void deleteByApplicationId(String applicationId);
}
