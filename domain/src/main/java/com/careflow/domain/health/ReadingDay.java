package com.careflow.domain.health;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One customer's readings taken on one day (UTC): the bucket pattern MongoDB recommends for time series. A period's
 * readings are then the buckets of its days, fetched by id — an index lookup on MongoDB and on the local
 * mongo-java-server alike (which ignores secondary indexes and would scan every reading) — and a query reads a few
 * documents instead of one per reading. Written only by {@link HealthRecords}, with atomic update operators.
 */
@Document("health_reading_days")
public record ReadingDay(@Id String id, String customerId, String day, List<Reading> readings) {

    /** Days are UTC so a bucket's id never depends on where the server runs. */
    static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static String idOf(String customerId, LocalDate day) {
        return customerId + "/" + day;
    }

    /** A reading's id starts with its day ({@code 20261201-…}), so deleting it by id finds its bucket. */
    static String newReadingId(Instant takenAt) {
        return readingId(takenAt, HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong()));
    }

    static String readingId(Instant takenAt, String suffix) {
        return DateTimeFormatter.BASIC_ISO_DATE.format(dayOf(takenAt)) + "-" + suffix;
    }

    static Optional<LocalDate> dayOfReading(String readingId) {
        if (readingId == null || readingId.length() < 9 || readingId.charAt(8) != '-') {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(readingId.substring(0, 8), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
