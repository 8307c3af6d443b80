package com.careflow.domain.ledger;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.provider.CertificationLevel;

/**
 * The analysts' commission table (processes/commission.dmn), evaluated by the process engine: the platform's rate
 * for a provider of {@code level} (null without a certificate) delivering a service of {@code category}, with the
 * decision and version that answered.
 */
public interface CommissionTable {

    CommissionRate rateFor(CertificationLevel level, ServiceCategory category);
}
