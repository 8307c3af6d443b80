package com.careflow.domain.process;

/**
 * Start variables of the certification process. {@code category}: a ServiceCategory name; {@code level}: a
 * CertificationLevel name; {@code renewalKey}: {@link CertificationProcess#renewalKey}.
 */
public record CertificationApplied(String applicationId, String applicantId, String category, String level,
        String renewalKey) {
}
