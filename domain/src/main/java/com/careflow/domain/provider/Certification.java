package com.careflow.domain.provider;

import java.time.Instant;

import com.careflow.domain.catalog.ServiceCategory;

/** A provider's certificate for one service category, valid until {@code expiresAt}. */
public record Certification(ServiceCategory category, CertificationLevel level, Instant expiresAt) {

    public boolean isValidAt(Instant at) {
        return expiresAt == null || at.isBefore(expiresAt);
    }
}
