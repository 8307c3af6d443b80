package com.careflow.domain.health.alert;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import com.careflow.domain.health.ReadingType;

/**
 * A crisis reading on the customer's record: raised once per reading (id = the reading id, which is also the
 * health-alert instance's business key), and closed with the call-back's outcome, the consultant's note and who
 * called. The customer sees their own on the portal's alerts page.
 */
@Document("health_alerts")
public record HealthAlert(@Id String id, @Indexed String customerId, ReadingType type, String summary,
        Instant takenAt, Instant raisedAt, CallBackOutcome outcome, String outcomeNote, String consultantName,
        Instant closedAt) {

    public static HealthAlert raised(String readingId, String customerId, ReadingType type, String summary,
            Instant takenAt, Instant at) {
        return new HealthAlert(readingId, customerId, type, summary, takenAt, at, null, null, null, null);
    }

    public HealthAlert closed(CallBackOutcome result, String note, String consultant, Instant at) {
        return new HealthAlert(id, customerId, type, summary, takenAt, raisedAt, result, note, consultant, at);
    }

    public boolean isOpen() {
        return outcome == null;
    }
}
