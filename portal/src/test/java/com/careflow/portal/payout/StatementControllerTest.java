package com.careflow.portal.payout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.careflow.domain.ledger.Money;
import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.SettlementStatements;
import com.careflow.domain.payout.StatementLine;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/**
 * Statements: finance sees all and filters them by status, provider and week (a bad filter is a field error); a
 * provider sees their own and nobody else's.
 */
@PortalWebMvcTest
class StatementControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SettlementStatements statements;
    @Autowired
    Clock clock;

    @BeforeEach
    void data() {
        statements.deleteAll();
        statement("alice", "2026-11-16", false);
        statement("alice", "2026-11-23", true);
        statement("bob", "2026-11-23", false);
    }

    @Test
    void financeSeesEveryStatementAndFiltersThem() throws Exception {
        assertThat(page("/finance/statements", TestUsers.user("finance"))).contains("statement-alice:2026-11-16",
                "statement-alice:2026-11-23", "statement-bob:2026-11-23",
                "href=\"/finance/statements/bob:2026-11-23\"");

        assertThat(page("/finance/statements?status=PAID", TestUsers.user("finance")))
                .contains("statement-alice:2026-11-23").doesNotContain("statement-bob", "statement-alice:2026-11-16");
        assertThat(page("/finance/statements?provider=alice&week=2026-11-16", TestUsers.user("finance")))
                .contains("statement-alice:2026-11-16").doesNotContain("statement-alice:2026-11-23", "statement-bob");
    }

    @Test
    void aWeekThatIsNoMondayIsAFieldErrorAndListsNothing() throws Exception {
        assertThat(page("/finance/statements?week=2026-11-25", TestUsers.user("finance")))
                .contains("id=\"week-error\"", "结算周从周一开始", "statements-empty")
                .doesNotContain("statements-table");
        assertThat(page("/finance/statements?status=LOST", TestUsers.user("en-finance", "finance")))
                .contains("id=\"status-error\"");
    }

    @Test
    void theStatementPageShowsItsOrdersAndTheTransfer() throws Exception {
        assertThat(page("/finance/statements/alice:2026-11-23", TestUsers.user("finance")))
                .contains("ORD-alice-2026-11-23", "sim_tr_alice", "已打款", "2026-11-23 至 2026-11-29",
                        "data-fen=\"15920\"");
    }

    @Test
    void aProviderSeesTheirOwnStatementsOnly() throws Exception {
        assertThat(page("/provider/statements", TestUsers.user("alice", "provider")))
                .contains("statement-alice:2026-11-16", "statement-alice:2026-11-23",
                        "href=\"/provider/statements/alice:2026-11-23\"")
                .doesNotContain("statement-bob");
        assertThat(page("/provider/statements/alice:2026-11-23", TestUsers.user("alice", "provider")))
                .contains("sim_tr_alice");
        mvc.perform(get("/provider/statements/bob:2026-11-23").with(TestUsers.user("alice", "provider")))
                .andExpect(status().isNotFound());
    }

    private void statement(String provider, String week, boolean paid) {
        LocalDate start = LocalDate.parse(week);
        SettlementStatement statement = SettlementStatement.create(provider, start, start.plusWeeks(1),
                List.of(new StatementLine("ORD-" + provider + "-" + week, clock.instant(), Money.fen(19900),
                        Money.fen(3980), Money.fen(15920), new BigDecimal("0.20"), "commission@2")),
                clock.instant());
        if (paid) {
            statement.approve("automatic", clock.instant());
            statement.paid("sim_tr_" + provider, clock.instant());
        }
        statements.save(statement);
    }

    private String page(String path, RequestPostProcessor user) throws Exception {
        return mvc.perform(get(path).with(user)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }
}
