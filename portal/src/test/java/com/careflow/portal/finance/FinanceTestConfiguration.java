package com.careflow.portal.finance;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import com.careflow.domain.ledger.Balances;
import com.careflow.domain.ledger.Ledger;
import com.careflow.domain.ledger.MoneyMovements;

/** The ledger's real components for web slices, on the slice's in-memory Mongo. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ Ledger.class, Balances.class, MoneyMovements.class })
public class FinanceTestConfiguration {
}
