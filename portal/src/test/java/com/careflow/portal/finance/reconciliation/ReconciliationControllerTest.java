package com.careflow.portal.finance.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.ledger.Money;
import com.careflow.domain.reconciliation.ChecksCount;
import com.careflow.domain.reconciliation.Mismatch;
import com.careflow.domain.reconciliation.MismatchKind;
import com.careflow.domain.reconciliation.ReconciliationReport;
import com.careflow.domain.reconciliation.ReconciliationReports;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** Finance's reconciliation page: the reports by day, newest first, a clean day as clean, mismatches explained. */
@PortalWebMvcTest
class ReconciliationControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReconciliationReports reports;

    @BeforeEach
    void noReports() {
        reports.deleteAll();
    }

    @Test
    void eachDayIsShownNewestFirstWithItsMismatchesExplainedAndACleanDayAsClean() throws Exception {
        report("2026-11-30", List.of());
        report("2026-12-01", List.of(
                new Mismatch(MismatchKind.REFUND_NOT_POSTED, "ORD20261201000007", "refund:ORD20261201000007",
                        Money.fen(8800), null),
                new Mismatch(MismatchKind.PAYOUT_WITHOUT_STATEMENT, "provider-9:2026-11-23",
                        "payout:provider-9:2026-11-23", null, Money.fen(7000))));

        String page = page(Locale.SIMPLIFIED_CHINESE);

        assertThat(page.indexOf("id=\"report-2026-12-01\"")).isPositive()
                .isLessThan(page.indexOf("id=\"report-2026-11-30\""));
        assertThat(page).contains("2 处不一致", "退款未入账", "付款无对应结算单",
                "订单 ORD20261201000007 已由网关退款 ¥88.00，但账本中没有退款分录 refund:ORD20261201000007。",
                "账本付款分录 payout:provider-9:2026-11-23（¥70.00）对应的结算单 provider-9:2026-11-23 不存在。",
                "无差异", "订单、支付记录、账本与结算付款全部一致。",
                "核对了 3 笔订单、3 笔扣款、5 条账本分录、1 张结算单；共对账 2 次，最近一次 2026-12-02 09:30。")
                .doesNotContain("reconciliation-empty");
        assertThat(page(Locale.ENGLISH)).contains("2 mismatch(es)", "Refund not posted",
                "The gateway refunded ¥88.00 of order ORD20261201000007, but the ledger has no refund entry"
                        + " refund:ORD20261201000007.",
                "Clean");
    }

    @Test
    void withoutReportsThePageSaysNoneHasRun() throws Exception {
        assertThat(page(Locale.SIMPLIFIED_CHINESE)).contains("id=\"reconciliation-empty\"", "还没有对账报告。")
                .doesNotContain("class=\"card reconciliation-report\"");
    }

    private void report(String day, List<Mismatch> mismatches) {
        reports.save(new ReconciliationReport(day, Instant.parse(day + "T16:00:00Z").minusSeconds(86_400),
                Instant.parse(day + "T16:00:00Z"), new ChecksCount(3, 3, 5, 1), mismatches,
                Instant.parse(day + "T17:30:00Z"), Instant.parse(day + "T01:30:00Z").plusSeconds(86_400), 2));
    }

    private String page(Locale locale) throws Exception {
        return mvc.perform(get("/finance/reconciliation").param("lang", locale.getLanguage())
                .with(TestUsers.user("finance")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
