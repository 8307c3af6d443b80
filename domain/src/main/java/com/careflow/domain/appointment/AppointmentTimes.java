package com.careflow.domain.appointment;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Appointment times as process variables: ISO-8601 with the platform's offset (e.g.
 * {@code 2026-11-23T09:00:00+08:00}), which FEEL reads with {@code date and time(appointmentStart)}. Inside the
 * platform they are local date-times of the platform zone.
 */
public final class AppointmentTimes {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Always with seconds, so every variable looks the same (ISO_OFFSET_DATE_TIME drops zero seconds). */
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private AppointmentTimes() {
    }

    public static String iso(LocalDateTime local) {
        return local.atZone(ZONE).format(FORMAT);
    }

    /**
     * The local date-time in the platform zone of an ISO date-time with offset (any offset, converted) or without
     * (taken as platform time). Throws {@link IllegalArgumentException} naming the value when it is neither.
     */
    public static LocalDateTime parse(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("appointment time is missing");
        }
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(value.strip(),
                    OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime offset
                    ? offset.atZoneSameInstant(ZONE).toLocalDateTime()
                    : (LocalDateTime) parsed;
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("appointment time '" + value
                    + "' is not an ISO-8601 date-time like 2026-11-23T09:00:00+08:00", e);
        }
    }
}
