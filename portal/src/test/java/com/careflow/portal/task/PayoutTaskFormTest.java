package com.careflow.portal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.ledger.Money;
import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.SettlementStatements;
import com.careflow.domain.payout.StatementLine;
import com.careflow.domain.process.PayoutProcess;
import com.careflow.domain.process.ReviewDecision;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/**
 * Finance's payout approval in the inbox: the statement with its orders, approve, or reject with a reason (the
 * note, then required); reviewers do not see it.
 */
@PortalWebMvcTest
class PayoutTaskFormTest {

    static final String TASK = "2251799813720001";
    static final String STATEMENT = "provider-9:2026-11-23";

    @Autowired
    MockMvc mvc;
    @Autowired
    FakeUserTasks tasks;
    @Autowired
    SettlementStatements statements;
    @Autowired
    Clock clock;

    @BeforeEach
    void data() {
        tasks.reset();
        tasks.deleteAll();
        statements.deleteAll();
        Instant now = clock.instant();
        SettlementStatement statement = SettlementStatement.create("provider-9", LocalDate.parse("2026-11-23"),
                LocalDate.parse("2026-11-30"), List.of(new StatementLine("ORD20261125000001", now,
                        Money.fen(800000), Money.fen(160000), Money.fen(640000), new BigDecimal("0.20"),
                        "commission@2")), now);
        statement.awaitApproval();
        statements.save(statement);
        tasks.save(TestTasks.task(TASK, STATEMENT, PayoutProcess.PROCESS_ID, PayoutProcess.TASK_APPROVE,
                List.of(PayoutProcess.FINANCE_GROUP), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(2)),
                60));
    }

    @Test
    void theFormShowsTheStatementWithItsOrdersAndNoReasonCodes() throws Exception {
        String page = mvc.perform(get("/tasks/" + TASK).with(TestUsers.user("finance")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("审批打款", "provider-9 · 2026-11-23 起一周", "ORD20261125000001",
                "8000.00 CNY", "1600.00 CNY", "data-fen=\"640000\"", "20.0%", "commission@2", "待财务审批",
                "驳回时必填")
                .doesNotContain("reviewReasons-field");
        assertThat(mvc.perform(get("/tasks").with(TestUsers.user("finance"))).andReturn().getResponse()
                .getContentAsString()).contains("provider-9 · 2026-11-23 · 6400.00 CNY");
    }

    @Test
    void aRejectionWithoutAReasonIsAFieldErrorAndChangesNothing() throws Exception {
        mvc.perform(post("/tasks/" + TASK + "/complete").with(csrf()).with(TestUsers.user("finance"))
                        .param("reviewApproved", "false").param("reviewNote", "  "))
                .andExpect(model().attributeHasFieldErrorCode("reviewForm", "reviewNote",
                        "task.form.note.reasonRequired"));

        assertThat(tasks.commands()).isEmpty();
        assertThat(tasks.findById(TASK).orElseThrow().isOpen()).isTrue();
    }

    @Test
    void aRejectionWithAReasonAndAnApprovalCompleteTheTask() throws Exception {
        mvc.perform(post("/tasks/" + TASK + "/complete").with(csrf()).with(TestUsers.user("finance"))
                        .param("reviewApproved", "false").param("reviewNote", "收款账户未验证"))
                .andExpect(flash().attribute("notice", "task.notice.rejected"));

        assertThat(tasks.commands().getLast().decision()).isEqualTo(new ReviewDecision(false, List.of(),
                "收款账户未验证", "finance", "Demo finance"));
    }

    @Test
    void aReviewerDoesNotSeeFinancesTask() throws Exception {
        mvc.perform(get("/tasks/" + TASK).with(TestUsers.user("reviewer"))).andExpect(status().isNotFound());
    }
}
