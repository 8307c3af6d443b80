package com.careflow.domain.reconciliation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The reconciliation of one business day (platform zone), stored under the day ({@code 2026-12-01}). Running the
 * day again recomputes it from the records as they are then and replaces the findings, keeping when it first ran and
 * counting the runs: the report always says what is out of line now (a fixed record drops out on the next run).
 */
@Document(ReconciliationReport.COLLECTION)
public record ReconciliationReport(@Id String day, Instant from, Instant to, ChecksCount checked,
        List<Mismatch> mismatches, Instant firstRunAt, Instant lastRunAt, int runs) {

    public static final String COLLECTION = "reconciliation_reports";

    public ReconciliationReport {
        mismatches = List.copyOf(mismatches);
    }

    public static String idOf(LocalDate day) {
        return day.toString();
    }

    public boolean clean() {
        return mismatches.isEmpty();
    }

    public int mismatchCount() {
        return mismatches.size();
    }
}
