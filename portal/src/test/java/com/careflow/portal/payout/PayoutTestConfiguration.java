package com.careflow.portal.payout;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The statement search for web slices, on the slice's in-memory Mongo. */
@TestConfiguration(proxyBeanMethods = false)
@Import(StatementSearch.class)
public class PayoutTestConfiguration {
}
