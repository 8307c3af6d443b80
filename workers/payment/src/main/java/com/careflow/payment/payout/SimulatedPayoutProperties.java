package com.careflow.payment.payout;

import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code careflow.payout.simulated.*}: the simulated gateway's test accounts, by provider id, after the test
 * accounts real payout APIs publish. Any other provider's transfer succeeds and is confirmed.
 *
 * @param failingPayees   every transfer fails with a processing error (retried, then an incident)
 * @param flakyPayees     the first attempt of each transfer fails, the retry succeeds
 * @param timeoutPayees   the transfer is made but the answer never arrives the first time (the retry must not pay
 *                        again)
 * @param returningPayees the transfer is accepted, then the bank returns it (the late answer)
 */
@ConfigurationProperties("careflow.payout.simulated")
record SimulatedPayoutProperties(@DefaultValue("payee-failing") Set<String> failingPayees,
        @DefaultValue("payee-flaky") Set<String> flakyPayees, @DefaultValue("payee-timeout") Set<String> timeoutPayees,
        @DefaultValue("payee-returning") Set<String> returningPayees) {
}
