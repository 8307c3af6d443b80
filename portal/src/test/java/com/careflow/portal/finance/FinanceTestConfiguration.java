package com.careflow.portal.finance;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import com.careflow.domain.ledger.Balances;
import com.careflow.domain.ledger.Ledger;
import com.careflow.domain.ledger.MoneyMovements;
import com.careflow.domain.reconciliation.MismatchExplanations;

/** The ledger's (and the reconciliation's explanations') real components for web slices, on the slice's in-memory Mongo. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ Ledger.class, Balances.class, MoneyMovements.class, MismatchExplanations.class })
public class FinanceTestConfiguration {
}
