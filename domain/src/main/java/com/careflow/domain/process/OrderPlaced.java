package com.careflow.domain.process;

import java.math.BigDecimal;

/** Variables a service-order instance starts with. */
public record OrderPlaced(String orderNumber, BigDecimal amount, String customerId) {
}
