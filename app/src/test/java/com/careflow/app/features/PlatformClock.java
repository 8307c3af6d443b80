package com.careflow.app.features;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The app's clock in the scenarios: real time, shifted when a scenario moves time, so the portal and the workers
 * agree with the engine's clock (which {@link PlatformTime} moves with it) about what "now" is.
 */
public final class PlatformClock extends Clock {

    private final ZoneId zone;
    private volatile Duration offset = Duration.ZERO;

    PlatformClock(ZoneId zone) {
        this.zone = zone;
    }

    void moveTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
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
        PlatformClock clock = new PlatformClock(other);
        clock.offset = offset;
        return clock;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
