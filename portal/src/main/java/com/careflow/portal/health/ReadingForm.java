package com.careflow.portal.health;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;

import org.springframework.format.annotation.DateTimeFormat;

import com.careflow.domain.health.GlucoseTiming;
import com.careflow.domain.health.Reading;
import com.careflow.domain.health.ReadingSource;
import com.careflow.domain.health.ReadingType;

/**
 * One reading as the customer types it. Only the values of the chosen type are kept; the rules for impossible
 * values are the domain's (ReadingCheck), reported on these fields by the same names.
 */
public class ReadingForm {

    private ReadingType type = ReadingType.BLOOD_PRESSURE;
    /** Local time in the platform zone, as a datetime-local input sends it. */
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
    private LocalDateTime takenAt;
    private ReadingSource source = ReadingSource.MANUAL;
    private Integer systolic;
    private Integer diastolic;
    private Integer pulse;
    private BigDecimal glucose;
    private GlucoseTiming glucoseTiming;
    private BigDecimal weightKg;
    private Integer heartRate;
    private String note;

    Reading toReading(String customerId, Clock clock) {
        boolean pressure = type == ReadingType.BLOOD_PRESSURE;
        boolean sugar = type == ReadingType.BLOOD_GLUCOSE;
        return new Reading(null, customerId, type, takenAt == null ? null : takenAt.atZone(clock.getZone()).toInstant(),
                source, note == null || note.isBlank() ? null : note.strip(), pressure ? systolic : null,
                pressure ? diastolic : null, pressure ? pulse : null, sugar ? glucose : null,
                sugar ? glucoseTiming : null, type == ReadingType.WEIGHT ? weightKg : null,
                type == ReadingType.HEART_RATE ? heartRate : null, null);
    }

    public ReadingType getType() {
        return type;
    }

    public void setType(ReadingType type) {
        this.type = type;
    }

    public LocalDateTime getTakenAt() {
        return takenAt;
    }

    public void setTakenAt(LocalDateTime takenAt) {
        this.takenAt = takenAt;
    }

    public ReadingSource getSource() {
        return source;
    }

    public void setSource(ReadingSource source) {
        this.source = source;
    }

    public Integer getSystolic() {
        return systolic;
    }

    public void setSystolic(Integer systolic) {
        this.systolic = systolic;
    }

    public Integer getDiastolic() {
        return diastolic;
    }

    public void setDiastolic(Integer diastolic) {
        this.diastolic = diastolic;
    }

    public Integer getPulse() {
        return pulse;
    }

    public void setPulse(Integer pulse) {
        this.pulse = pulse;
    }

    public BigDecimal getGlucose() {
        return glucose;
    }

    public void setGlucose(BigDecimal glucose) {
        this.glucose = glucose;
    }

    public GlucoseTiming getGlucoseTiming() {
        return glucoseTiming;
    }

    public void setGlucoseTiming(GlucoseTiming glucoseTiming) {
        this.glucoseTiming = glucoseTiming;
    }

    public BigDecimal getWeightKg() {
        return weightKg;
    }

    public void setWeightKg(BigDecimal weightKg) {
        this.weightKg = weightKg;
    }

    public Integer getHeartRate() {
        return heartRate;
    }

    public void setHeartRate(Integer heartRate) {
        this.heartRate = heartRate;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
