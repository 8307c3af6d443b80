package com.careflow.portal.payout;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

import org.springframework.validation.Errors;

import com.careflow.domain.payout.StatementStatus;

/**
 * Finance's filters of the statement list, as typed in the address: a status, a provider id, a week (its Monday).
 * Each is optional; a value that is not one gives a field error and filters nothing.
 */
public class StatementFilter {

    private String status;
    private String provider;
    private String week;

    void validate(Errors errors) {
        if (blank(status) == null) {
            status = null;
        } else if (Arrays.stream(StatementStatus.values()).noneMatch(known -> known.name().equals(status))) {
            errors.rejectValue("status", "payout.filter.status.unknown");
        }
        if (blank(week) != null) {
            try {
                if (LocalDate.parse(week.strip()).getDayOfWeek() != DayOfWeek.MONDAY) {
                    errors.rejectValue("week", "payout.filter.week.notMonday");
                }
            } catch (DateTimeParseException notADate) {
                errors.rejectValue("week", "payout.filter.week.invalid");
            }
        }
    }

    StatementStatus statusValue() {
        return blank(status) == null ? null : StatementStatus.valueOf(status);
    }

    String providerValue() {
        return blank(provider);
    }

    LocalDate weekValue() {
        return blank(week) == null ? null : LocalDate.parse(week.strip());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getProvider() {
        return provider;
    }

    public void setProvider(String provider) {
        this.provider = provider;
    }

    public String getWeek() {
        return week;
    }

    public void setWeek(String week) {
        this.week = week;
    }
}
