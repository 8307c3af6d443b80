package com.careflow.domain.certification;

import java.util.Collection;
import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

import com.careflow.domain.catalog.ServiceCategory;

/** Certification applications. */
public interface CertificationApplications extends MongoRepository<CertificationApplication, String> {

    /** An applicant's applications, newest first. */
    List<CertificationApplication> findByApplicantIdOrderBySubmittedAtDesc(String applicantId);

    boolean existsByApplicantIdAndCategoryAndStatusIn(String applicantId, ServiceCategory category,
            Collection<ApplicationStatus> statuses);

    /** Duplicate checks: other applicants' applications with the same licence number. */
    List<CertificationApplication> findByLicenceNumberAndApplicantIdNot(String licenceNumber, String applicantId);

    List<CertificationApplication> findByIdNumberAndApplicantIdNot(String idNumber, String applicantId);

    /** Other applicants' applications with a document of this checksum. */
    List<CertificationApplication> findByDocumentsSha256AndApplicantIdNot(String sha256, String applicantId);
}
