package com.careflow.domain.health;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One read of a customer's health records by someone else (a provider on an order, an admin with a reason):
 * who, in which role, why (the order number, or the admin's reason), what they saw and when. The customer reads
 * these on their access log page; entries are never changed.
 */
@Document("health_access_log")
public record HealthAccess(@Id String id, String customerId, String viewerId, String viewerName, String viewerRole,
        String reason, String what, Instant at) {
}
