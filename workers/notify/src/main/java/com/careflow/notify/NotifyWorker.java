package com.careflow.notify;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.ReconciliationProcess;
import com.careflow.domain.process.PayoutProcess;
import com.careflow.domain.process.HealthAlertProcess;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.notify.MailTemplate.Audience;
import com.careflow.worker.ActivityInstanceId;
import com.careflow.worker.Headers;
import com.careflow.worker.TaskFailure;
import com.careflow.worker.TopicWorker;
import com.careflow.worker.Var;

/**
 * Topic worker of the notify tasks: customer notifications of the service-order and appointment processes (the
 * task's {@code template} header says which; behaviour in features/service-order.feature and
 * features/appointment.feature), operations alerts of the grab-order process ({@code alert} header;
 * features/grab-order.feature) and of the daily reconciliation (features/reconciliation.feature), and the author's and applicant's notifications of the content-review and
 * certification processes ({@code template} header; features/content-review.feature and
 * features/certification.feature), and the crisis-reading notices of the health-alert process (the customer's
 * advice and operations' alert of an unclaimed call-back; features/health-alert.feature). Public because the
 * topic subscription invokes the methods reflectively.
 * <p>
 * The task's activity instance id names the notifications (one pass of the task, one of each), so a retry or
 * redelivery sends nothing twice. An unknown template or order fails the task without retries; an SMTP failure
 * fails it with the task's retries minus one after a backoff, and the next attempt sends.
 */
@Component
public class NotifyWorker {

    private static final Logger log = LoggerFactory.getLogger(NotifyWorker.class);

    private final CustomerNotifier customers;
    private final OperationsNotifier operations;
    private final ReconciliationNotifier reconciliation;
    private final AuthorNotifier authors;
    private final ApplicantNotifier applicants;
    private final ProviderNotifier providers;
    private final HealthNotifier health;
    private final MailSettings settings;

    NotifyWorker(CustomerNotifier customers, OperationsNotifier operations, ReconciliationNotifier reconciliation,
            AuthorNotifier authors, ApplicantNotifier applicants, ProviderNotifier providers, HealthNotifier health,
            MailSettings settings) {
        this.customers = customers;
        this.operations = operations;
        this.reconciliation = reconciliation;
        this.authors = authors;
        this.applicants = applicants;
        this.providers = providers;
        this.health = health;
        this.settings = settings;
    }

    @TopicWorker(value = ServiceOrderProcess.JOB_NOTIFY_CUSTOMER, retries = 5)
    public void notifyCustomer(NotifyInput input, @Headers Map<String, String> headers,
            @ActivityInstanceId String taskRun) {
        String template = headers.get(ServiceOrderProcess.HEADER_TEMPLATE);
        send("the customer", template, "order " + input.orderNumber(), () -> customers.notify(
                taskRun, MailTemplate.of(template, Audience.CUSTOMER), input.orderNumber(),
                new MailFacts(input.declineReason(), hoursBefore(headers))));
    }

    /** Alerts of the grab-order process are about an order; those of the health-alert process about a reading. */
    @TopicWorker(value = GrabOrderProcess.JOB_ALERT_OPERATIONS, retries = 5)
    public void alertOperations(NotifyInput input, @Var(HealthAlertProcess.VAR_READING_ID) String readingId,
            @Headers Map<String, String> headers, @ActivityInstanceId String taskRun) {
        String alert = headers.get(GrabOrderProcess.HEADER_ALERT);
        if (ReconciliationProcess.ALERT_MISMATCHES.equals(alert)) {
            send("operations", alert, "the reconciliation of " + input.reconciliationDay(),
                    () -> reconciliation.alert(taskRun, input.reconciliationDay()));
            return;
        }
        if (readingId != null) {
            send("operations", alert, "crisis reading " + readingId, () -> health.alertOperations(
                    taskRun, MailTemplate.of(alert, Audience.OPERATIONS), readingId));
            return;
        }
        send("operations", alert, "order " + input.orderNumber(), () -> operations.alert(
                taskRun, MailTemplate.of(alert, Audience.OPERATIONS), input.orderNumber()));
    }

    @TopicWorker(value = HealthAlertProcess.JOB_NOTIFY_CUSTOMER, retries = 5)
    public void notifyHealth(@Var(HealthAlertProcess.VAR_READING_ID) String readingId,
            @Headers Map<String, String> headers, @ActivityInstanceId String taskRun) {
        String template = headers.get(ServiceOrderProcess.HEADER_TEMPLATE);
        send("the customer", template, "crisis reading " + readingId, () -> health.notifyCustomer(
                taskRun, MailTemplate.of(template, Audience.CUSTOMER), readingId));
    }

    @TopicWorker(ContentReviewProcess.JOB_NOTIFY_AUTHOR)
    public void notifyAuthor(AuthorInput input, @Headers Map<String, String> headers,
            @ActivityInstanceId String taskRun) {
        String template = headers.get(ServiceOrderProcess.HEADER_TEMPLATE);
        send("the author", template, "content " + input.contentId(), () -> authors.notify(
                taskRun, MailTemplate.of(template, Audience.AUTHOR), input.contentId()));
    }

    @TopicWorker(value = CertificationProcess.JOB_NOTIFY_APPLICANT, retries = 5)
    public void notifyApplicant(ApplicantInput input, @Headers Map<String, String> headers,
            @ActivityInstanceId String taskRun) {
        String template = headers.get(ServiceOrderProcess.HEADER_TEMPLATE);
        send("the applicant", template, "application " + input.applicationId(), () -> applicants.notify(
                taskRun, MailTemplate.of(template, Audience.APPLICANT),
                input.applicationId()));
    }

    @TopicWorker(value = PayoutProcess.JOB_NOTIFY_PROVIDER, retries = 5)
    public void notifyProvider(ProviderInput input, @Headers Map<String, String> headers,
            @ActivityInstanceId String taskRun) {
        String template = headers.get(ServiceOrderProcess.HEADER_TEMPLATE);
        send("the provider", template, "statement " + input.statementId(), () -> providers.notify(
                taskRun, MailTemplate.of(template, Audience.PROVIDER), input.statementId()));
    }

    /** {@code about}: what the notification is about, for people reading the incident or the log ("order ORD…"). */
    private void send(String whom, String template, String about, Runnable notification) {
        try {
            notification.run();
        } catch (InvalidNotificationException badInput) {
            throw TaskFailure.hopeless("Cannot notify " + whom + " of " + about + ": " + badInput.getMessage());
        } catch (RuntimeException technical) {
            log.warn("Notifying {} of {} ({}) failed; the engine will retry", whom, about, template, technical);
            throw TaskFailure.retryLater("Sending the " + template + " notification for " + about
                    + " failed, will retry: " + Deliveries.describe(technical), settings.retryBackoff(), technical);
        }
    }

    /** The reminder's {@code hoursBefore} header (24, 1); absent on other tasks. */
    private static Integer hoursBefore(Map<String, String> headers) {
        String hours = headers.get(AppointmentProcess.HEADER_HOURS_BEFORE);
        if (hours == null) {
            return null;
        }
        try {
            return Integer.valueOf(hours.trim());
        } catch (NumberFormatException e) {
            throw new InvalidNotificationException("task header '" + AppointmentProcess.HEADER_HOURS_BEFORE
                    + "' must be a number of hours, was '" + hours + "'");
        }
    }
}
