package com.careflow.domain.provider;

/** How qualified a provider is in a category; a first offer round asks for {@link #STANDARD} or better. */
public enum CertificationLevel {
    BASIC, STANDARD, PREMIUM;

    public boolean isAtLeast(CertificationLevel other) {
        return compareTo(other) >= 0;
    }
}
