package com.careflow.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.ledger.Money;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.domain.process.ReconciliationProcess;
import com.careflow.domain.reconciliation.ChecksCount;
import com.careflow.domain.reconciliation.Mismatch;
import com.careflow.domain.reconciliation.MismatchKind;
import com.careflow.domain.reconciliation.ReconciliationReport;
import com.careflow.domain.reconciliation.ReconciliationReports;
import com.careflow.worker.TaskFailure;

/** The daily reconciliation's alert: operations get the day's mismatches, each explained, once per task run. */
@NotifyContext
class ReconciliationAlertTest extends NotifyJobTest {

    private static final Map<String, String> ALERT = Map.of(GrabOrderProcess.HEADER_ALERT,
            ReconciliationProcess.ALERT_MISMATCHES);

    @Autowired
    ReconciliationReports reports;

    @Test
    void mismatchesGoToOperationsOnceEachExplainedWithTheLinkToTheReport() throws Exception {
        reports.save(new ReconciliationReport("2030-05-06", Instant.parse("2030-05-05T16:00:00Z"),
                Instant.parse("2030-05-06T16:00:00Z"), new ChecksCount(12, 11, 23, 1), List.of(
                        new Mismatch(MismatchKind.PAID_ORDER_WITHOUT_CHARGE, "ORD20300506000001", null,
                                Money.fen(19900), null),
                        new Mismatch(MismatchKind.PAYOUT_AMOUNT_DIFFERS, "provider-1:2030-04-29",
                                "payout:provider-1:2030-04-29", Money.fen(50000), Money.fen(5000))),
                Instant.parse("2030-05-06T17:30:00Z"), Instant.parse("2030-05-06T17:30:00Z"), 1));
        String key = nextTaskRun();

        worker.alertOperations(new NotifyInput(null, null, "2030-05-06"), null, ALERT, key);
        worker.alertOperations(new NotifyInput(null, null, "2030-05-06"), null, ALERT, key);

        assertThat(smtp.getReceivedMessages()).as("the redelivery sends nothing").hasSize(1);
        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.to()).isEqualTo("ops@careflow.local");
        assertThat(mail.subject()).isEqualTo("【需处理】2030-05-06 对账发现 2 处不一致");
        assertThat(mail.text()).contains("您好，运营团队：",
                "订单 ORD20300506000001 已支付（金额 ¥199.00），但账本中没有它的收款分录。",
                "结算单 provider-1:2030-04-29 净额为 ¥500.00，但账本付款分录 payout:provider-1:2030-04-29 记的是 ¥50.00。",
                "https://care.example.cn/finance/reconciliation");
        assertThat(notifications.findTop50ByRecipientIdAndChannelOrderByCreatedAtDesc("operations",
                NotificationChannel.IN_APP)).filteredOn(n -> n.getId().startsWith(key))
                .singleElement().satisfies(inApp -> {
                    assertThat(inApp.getTemplate()).isEqualTo(ReconciliationProcess.ALERT_MISMATCHES);
                    assertThat(inApp.getSubject()).isEqualTo(mail.subject());
                    assertThat(inApp.getOrderNumber()).isNull();
                });
    }

    @Test
    void aDayWithoutAReportFailsTheTaskWithoutRetries() {
        TaskFailure failure = catchThrowableOfType(TaskFailure.class, () -> worker.alertOperations(
                new NotifyInput(null, null, "1999-01-01"), null, ALERT, nextTaskRun()));

        assertThat(failure.getMessage()).isEqualTo("Cannot notify operations of the reconciliation of 1999-01-01:"
                + " there is no reconciliation report of 1999-01-01");
        assertThat(failure.retryable()).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}
