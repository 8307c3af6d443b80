package com.careflow.domain.provider;

/** A provider profile was created, certified or lost a certificate. */
public record ProviderChanged(String providerId) {
}
