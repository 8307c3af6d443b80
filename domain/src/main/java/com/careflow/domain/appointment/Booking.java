package com.careflow.domain.appointment;

import java.time.LocalDateTime;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One 30-minute block of a provider's time, taken by one order; id {@code providerId|blockStart}. */
@Document(ProviderCalendar.COLLECTION)
record Booking(@Id String id, String providerId, LocalDateTime blockStart, String orderNumber) {
}
