package com.careflow.notify;

import static com.careflow.notify.Headers.template;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.health.ReadingType;
import com.careflow.domain.health.alert.HealthAlert;
import com.careflow.domain.health.alert.HealthAlerts;
import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.HealthAlertProcess;
import com.careflow.worker.TaskFailure;

/**
 * The health-alert process's notices: the customer learns at once what to do, in their language, in the portal and
 * by mail; operations hear of an unclaimed call-back without the reading's values; each once per task.
 */
@NotifyContext
class HealthNotificationsTest extends NotifyJobTest {

    private static final Instant TAKEN = Instant.parse("2025-03-08T01:05:00Z");

    @Autowired
    HealthAlerts alerts;
    @Autowired
    People people;

    @BeforeEach
    void crisis() {
        people.deleteById("cust-h1");
        alerts.save(HealthAlert.raised("RD-CRISIS", "cust-h1", ReadingType.BLOOD_PRESSURE, "收缩压 186 / 舒张压 124 mmHg",
                TAKEN, TAKEN));
    }

    @Test
    void theCustomerIsToldWhatToDoNowInTheirLanguageOnce() throws Exception {
        people.save(new Person("cust-h1", "王芳", "wangfang@careflow.local", List.of("customer"), "en"));
        String key = nextTaskRun();

        worker.notifyHealth("RD-CRISIS", template(HealthAlertProcess.TEMPLATE_CRISIS_ADVICE), key);
        worker.notifyHealth("RD-CRISIS", template(HealthAlertProcess.TEMPLATE_CRISIS_ADVICE), key);

        assertThat(smtp.getReceivedMessages()).as("the redelivery sends nothing").hasSize(1);
        Sent sent = Sent.by(key, smtp, notifications);
        assertThat(sent.mail().to()).isEqualTo("wangfang@careflow.local");
        assertThat(sent.mail().subject()).isEqualTo("[Important] The reading you just recorded is in the crisis range");
        sent.everywhereContains("is in the crisis range", "call 120 at once", "call you back within 30 minutes",
                "收缩压 186 / 舒张压 124 mmHg");
        assertThat(sent.mail().text()).contains("https://care.example.cn/health/alerts");
        assertThat(sent.inApp().getRecipientId()).isEqualTo("cust-h1");
        assertThat(sent.inApp().getTemplate()).isEqualTo("health-crisis-advice");
    }

    @Test
    void aCustomerTheDirectoryDoesNotKnowIsToldInThePortalInChinese() throws Exception {
        String key = nextTaskRun();

        worker.notifyHealth("RD-CRISIS", template(HealthAlertProcess.TEMPLATE_CRISIS_ADVICE), key);

        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(notifications.findById(key + ":IN_APP")).get().satisfies(inApp -> {
            assertThat(inApp.getRecipientId()).isEqualTo("cust-h1");
            assertThat(inApp.getBody()).contains("处于危急范围", "立即拨打 120", "30 分钟内给您回电");
        });
    }

    @Test
    void operationsHearOfAnUnclaimedCallBackWithoutTheReadingsValues() throws Exception {
        String key = nextTaskRun();

        worker.alertOperations(new NotifyInput(null, null), "RD-CRISIS",
                Map.of(GrabOrderProcess.HEADER_ALERT, HealthAlertProcess.ALERT_CALL_BACK_UNCLAIMED), key);

        Sent sent = Sent.by(key, smtp, notifications);
        assertThat(sent.mail().to()).isEqualTo("ops@careflow.local");
        assertThat(sent.mail().subject()).isEqualTo("【紧急】危急读数回访 30 分钟无人认领");
        sent.everywhereContains("RD-CRISIS", "仍无人认领");
        assertThat(sent.mail().text()).contains("https://care.example.cn/tasks").doesNotContain("186", "124");
        assertThat(sent.inApp().getBody()).doesNotContain("186");
        assertThat(sent.inApp().getRecipientId()).isEqualTo("operations");
    }

    @Test
    void aReadingWithoutAlertIsAModellingError() {
        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.notifyHealth("RD-NONE",
                template(HealthAlertProcess.TEMPLATE_CRISIS_ADVICE), nextTaskRun()));

        assertThat(error.getMessage()).isEqualTo("Cannot notify the customer of crisis reading RD-NONE: crisis reading"
                + " RD-NONE has no alert");
        assertThat(error.retryable()).isFalse();
    }
}
