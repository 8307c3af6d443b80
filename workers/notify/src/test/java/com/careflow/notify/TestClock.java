package com.careflow.notify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The platform clock in tests: real time in the platform's zone, moved forward by tests that wait for a due date.
 * Primary, so it replaces the domain's clock everywhere in the context.
 */
@TestConfiguration(proxyBeanMethods = false)
class TestClock {

    @Bean
    @Primary
    MovableClock movableClock() {
        return new MovableClock(ZoneId.of("Asia/Shanghai"));
    }

    static final class MovableClock extends Clock {

        private final ZoneId zone;
        private volatile Duration offset = Duration.ZERO;

        MovableClock(ZoneId zone) {
            this.zone = zone;
        }

        void advance(Duration by) {
            offset = offset.plus(by);
        }

        void reset() {
            offset = Duration.ZERO;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return Clock.offset(Clock.system(other), offset);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
