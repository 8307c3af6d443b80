package com.careflow.portal.provider;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

/** The provider area's services for web slices (the engine is the recording stand-in of the order feature). */
@TestConfiguration(proxyBeanMethods = false)
@Import({ ProviderOffers.class, ProviderOrders.class })
public class ProviderTestConfiguration {
}
