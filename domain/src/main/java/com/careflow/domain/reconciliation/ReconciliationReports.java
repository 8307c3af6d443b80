package com.careflow.domain.reconciliation;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** The daily reports, by day ({@code yyyy-MM-dd}, which sorts by date). */
public interface ReconciliationReports extends MongoRepository<ReconciliationReport, String> {

    List<ReconciliationReport> findTop60ByOrderByDayDesc();
}
