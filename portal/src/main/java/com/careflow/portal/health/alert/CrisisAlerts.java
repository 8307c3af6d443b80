package com.careflow.portal.health.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

import com.careflow.domain.health.CrisisReadingRecorded;
import com.careflow.domain.health.alert.HealthAlert;
import com.careflow.domain.health.alert.HealthAlerts;

/**
 * Raises the alert for a crisis reading and starts its health-alert process, once per reading: the alert's id is
 * the reading id, and MongoDB keeps it unique, so a second event for the same reading (published twice, or by two
 * nodes) starts nothing. A start that fails takes the alert back, so the same event raised again starts it.
 */
@Component
class CrisisAlerts {

    /** The call-back is due this long after the reading was recorded. */
    static final Duration CALL_BACK_WITHIN = Duration.ofMinutes(30);

    private static final Logger log = LoggerFactory.getLogger(CrisisAlerts.class);

    private final HealthAlerts alerts;
    private final AlertProcess process;
    private final Clock clock;

    CrisisAlerts(HealthAlerts alerts, AlertProcess process, Clock clock) {
        this.alerts = alerts;
        this.process = process;
        this.clock = clock;
    }

    @EventListener
    void on(CrisisReadingRecorded reading) {
        raise(reading);
    }

    /** @return whether this call raised it (false: it was raised before) */
    boolean raise(CrisisReadingRecorded reading) {
        Instant now = clock.instant();
        try {
            alerts.insert(HealthAlert.raised(reading.readingId(), reading.customerId(), reading.type(),
                    reading.summary(), reading.takenAt(), now));
        } catch (DuplicateKeyException raisedBefore) {
            log.info("Crisis reading {} already has its alert; nothing started", reading.readingId());
            return false;
        }
        try {
            process.start(reading.readingId(), reading.customerId(), now.plus(CALL_BACK_WITHIN));
        } catch (RuntimeException e) {
            alerts.deleteById(reading.readingId());
            throw e;
        }
        log.info("Crisis reading {} of {}: health-alert started", reading.readingId(), reading.customerId());
        return true;
    }
}
