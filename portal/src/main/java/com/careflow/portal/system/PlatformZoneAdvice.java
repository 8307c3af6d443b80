package com.careflow.portal.system;

import java.time.Clock;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Times on pages are shown in the platform zone (Asia/Shanghai), whatever zone the server runs in:
 * templates write {@code #temporals.format(instant, pattern, platformZone)}.
 */
@ControllerAdvice
class PlatformZoneAdvice {

    private final Clock clock;

    PlatformZoneAdvice(Clock clock) {
        this.clock = clock;
    }

    @ModelAttribute("platformZone")
    String platformZone() {
        return clock.getZone().getId();
    }
}
