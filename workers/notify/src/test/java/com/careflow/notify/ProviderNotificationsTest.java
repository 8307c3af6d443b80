package com.careflow.notify;

import static com.careflow.notify.Headers.template;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.ledger.Money;
import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.SettlementStatements;
import com.careflow.domain.payout.StatementLine;
import com.careflow.domain.process.PayoutProcess;

/**
 * notify.provider: the payout is paid, rejected with finance's reason, or returned by the bank, told in the
 * provider's language (their certification application's) and linking to their statements.
 */
@NotifyContext
class ProviderNotificationsTest extends NotifyJobTest {

    @Autowired
    TestSubjects subjects;
    @Autowired
    SettlementStatements statements;

    @Test
    void aPaidPayoutNamesTheNetAndTheOrders() throws Exception {
        subjects.approved("zh-CN"); // applicant-1's contact: applicant@careflow.local
        SettlementStatement statement = statement("applicant-1");
        statement.approve(PayoutProcess.AUTOMATIC, Instant.now());
        statement.paid("sim_tr_1", Instant.now());
        statements.save(statement);

        Sent sent = send(statement, PayoutProcess.TEMPLATE_PAID);

        assertThat(sent.mail().to()).isEqualTo("applicant@careflow.local");
        assertThat(sent.mail().subject()).isEqualTo("您 2026-11-23 起一周的结算款 159.20 CNY 已打款");
        sent.everywhereContains("2 笔订单已结算");
        assertThat(sent.mail().text()).contains("平台佣金：39.80 CNY",
                "查看我的结算单：https://care.example.cn/provider/statements");
        assertThat(sent.inApp().getRecipientId()).isEqualTo("applicant-1");
    }

    @Test
    void aRejectionGivesFinancesReasonInEnglish() throws Exception {
        subjects.approved("en");
        SettlementStatement statement = statement("applicant-1");
        statement.awaitApproval();
        statement.reject("fin-1", "Bank account not verified", Instant.now());
        statements.save(statement);

        Sent sent = send(statement, PayoutProcess.TEMPLATE_REJECTED);

        assertThat(sent.mail().subject()).isEqualTo("Your payout for the week of 2026-11-23 is on hold");
        sent.everywhereContains("The amount stays in your payable balance", "Bank account not verified");
    }

    private SettlementStatement statement(String providerId) {
        statements.deleteAll();
        return statements.save(SettlementStatement.create(providerId, LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-11-30"), List.of(line("O1", 10000), line("O2", 9900)), Instant.now()));
    }

    private static StatementLine line(String order, long gross) {
        long commission = gross / 5;
        return new StatementLine(order, Instant.now(), Money.fen(gross), Money.fen(commission),
                Money.fen(gross - commission), new BigDecimal("0.20"), "commission@2");
    }

    private Sent send(SettlementStatement statement, String template) throws Exception {
        String key = nextTaskRun();
        worker.notifyProvider(new ProviderInput(statement.getId()), template(template), key);
        return Sent.by(key, smtp, notifications);
    }
}
