package com.careflow.portal.health;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;

import com.careflow.domain.health.HealthConsents;
import com.careflow.domain.health.HealthRecords;
import com.careflow.domain.health.Trends;

/** The health records' real components for web slices, on the slice's in-memory Mongo. */
@TestConfiguration(proxyBeanMethods = false)
@Import({ HealthRecords.class, Trends.class, HealthConsents.class, HealthOverview.class, HealthReadAccess.class,
        HealthReport.class, ReportFont.class })
public class HealthTestConfiguration {
}
