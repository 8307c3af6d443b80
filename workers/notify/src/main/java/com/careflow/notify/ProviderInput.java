package com.careflow.notify;

/** The process variable notify.provider reads: the settlement statement the provider is told about. */
public record ProviderInput(String statementId) {
}
