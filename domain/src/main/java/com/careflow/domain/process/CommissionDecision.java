package com.careflow.domain.process;

/**
 * Ids the commission decision table (processes/commission.dmn, owned by the analysts) and its caller agree on: the
 * provider's level and the service's category in (enum names), the platform's rate out.
 */
public final class CommissionDecision {

    public static final String DECISION_ID = "commission";

    /** {@link com.careflow.domain.provider.CertificationLevel} name, or null for a provider without a certificate. */
    public static final String INPUT_PROVIDER_LEVEL = "providerLevel";
    /** {@link com.careflow.domain.catalog.ServiceCategory} name. */
    public static final String INPUT_SERVICE_CATEGORY = "serviceCategory";
    /** The platform's share, between 0 and 1. */
    public static final String OUTPUT_RATE = "rate";

    private CommissionDecision() {
    }
}
