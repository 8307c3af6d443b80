package com.careflow.payment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.payment.simulated.*}: the decline rules of the simulated gateway, after the test cards real
 * gateways publish. A configured map replaces the default one.
 *
 * @param declinedCards card last-4 → the decline code (card_declined, insufficient_funds, …)
 * @param maxAmount     the card limit in CNY; larger charges are declined
 * @param failingCards  card last-4 for which the gateway has a processing error (a technical failure, retried)
 * @param lostResponseCards card last-4 for which the gateway charges but its answer is lost the first time (the
 *                      retry must not charge again)
 * @param failingRefundCards card last-4 whose charges the gateway cannot refund (a technical failure, retried)
 */
@ConfigurationProperties("careflow.payment.simulated")
record SimulatedGatewayProperties(Map<String, String> declinedCards, @DefaultValue("20000.00") BigDecimal maxAmount,
        @DefaultValue("0119") Set<String> failingCards, @DefaultValue("0077") Set<String> lostResponseCards,
        @DefaultValue("0341") Set<String> failingRefundCards) {

    SimulatedGatewayProperties {
        if (declinedCards == null || declinedCards.isEmpty()) {
            declinedCards = Map.of("0002", SimulatedPaymentGateway.CARD_DECLINED,
                    "9995", SimulatedPaymentGateway.INSUFFICIENT_FUNDS);
        }
    }
}
