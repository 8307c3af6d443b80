package com.careflow.portal.health.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.health.CrisisReadingRecorded;
import com.careflow.domain.health.ReadingType;
import com.careflow.domain.health.alert.CallBackOutcome;
import com.careflow.domain.health.alert.HealthAlert;
import com.careflow.domain.health.alert.HealthAlerts;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.health.alert.HealthAlertTestConfiguration.RecordingAlertProcess;

/**
 * A CrisisReadingRecorded raises the alert and starts health-alert once per reading, due in 30 minutes; the
 * customer sees their own alerts with the call-back's outcome on /health/alerts.
 */
@PortalWebMvcTest
class CrisisAlertsTest {

    private static final Instant TAKEN = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    HealthAlerts alerts;
    @Autowired
    RecordingAlertProcess process;
    @Autowired
    HealthAlertWorkers workers;
    @Autowired
    MockMvc mvc;

    @BeforeEach
    void clean() {
        alerts.deleteAll();
        process.started.clear();
        process.failure = null;
    }

    @Test
    void theSameCrisisReadingPublishedTwiceStartsOneProcess() {
        events.publishEvent(crisis("RD-1", "cust-a"));
        events.publishEvent(crisis("RD-1", "cust-a"));

        assertThat(process.started).singleElement().satisfies(start -> {
            assertThat(start.readingId()).isEqualTo("RD-1");
            assertThat(start.customerId()).isEqualTo("cust-a");
            assertThat(Duration.between(Instant.now(), start.callBackDue()))
                    .isBetween(Duration.ofMinutes(29), Duration.ofMinutes(30));
        });
        assertThat(alerts.findById("RD-1")).get().satisfies(alert -> {
            assertThat(alert.isOpen()).isTrue();
            assertThat(alert.summary()).isEqualTo("收缩压 186 / 舒张压 124 mmHg");
        });
    }

    @Test
    void aFailedStartTakesTheAlertBackSoTheNextEventStartsIt() {
        process.failure = new IllegalStateException("engine down");

        assertThatThrownBy(() -> events.publishEvent(crisis("RD-2", "cust-a"))).hasMessage("engine down");
        assertThat(alerts.findById("RD-2")).isEmpty();
        events.publishEvent(crisis("RD-2", "cust-a"));

        assertThat(process.started).extracting(RecordingAlertProcess.Start::readingId).containsExactly("RD-2");
    }

    @Test
    void theOutcomeGoesOnTheCustomersRecordOnceAndOnlyTheyReadIt() throws Exception {
        events.publishEvent(crisis("RD-3", "cust-a"));
        events.publishEvent(crisis("RD-4", "cust-b"));

        workers.recordOutcome(new HealthAlertWorkers.Outcome("RD-3", "ADVISED_HOSPITAL", "已建议立即就医", "刘敏"));
        workers.recordOutcome(new HealthAlertWorkers.Outcome("RD-3", "NOT_REACHABLE", "redelivered", "other"));

        HealthAlert closed = alerts.findById("RD-3").orElseThrow();
        assertThat(closed.outcome()).isEqualTo(CallBackOutcome.ADVISED_HOSPITAL);
        assertThat(closed.consultantName()).isEqualTo("刘敏");
        String page = mvc.perform(get("/health/alerts").with(TestUsers.user("cust-a", "customer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"alert-RD-3\"", "data-outcome=\"ADVISED_HOSPITAL\"", "已建议立即就医",
                "收缩压 186 / 舒张压 124 mmHg").doesNotContain("RD-4");
    }

    private static CrisisReadingRecorded crisis(String readingId, String customerId) {
        return new CrisisReadingRecorded(readingId, customerId, ReadingType.BLOOD_PRESSURE, "收缩压 186 / 舒张压 124 mmHg",
                TAKEN);
    }
}
