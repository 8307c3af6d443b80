package com.careflow.portal.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.ledger.CommissionRate;
import com.careflow.domain.ledger.JournalEntries;
import com.careflow.domain.ledger.Money;
import com.careflow.domain.ledger.MoneyMovements;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** Finance's ledger page shows the balances the journal adds up to, with their total. */
@PortalWebMvcTest
class FinanceControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MoneyMovements movements;
    @Autowired
    JournalEntries journal;

    @BeforeEach
    void emptyJournal() {
        journal.deleteAll();
    }

    @Test
    void theLedgerShowsEachAccountsBalanceAndATotalOfZero() throws Exception {
        movements.charged("ORD20250101000901", 1, Money.fen(20000));
        movements.completed("ORD20250101000901", "provider-1", Money.fen(20000),
                new CommissionRate(new BigDecimal("0.20"), "commission@1"));
        movements.charged("ORD20250101000902", 1, Money.fen(10000));
        movements.refunded("ORD20250101000902", Money.fen(10000));

        String page = page();

        assertThat(page).contains(
                "id=\"account-CUSTOMER_PAYMENTS_CLEARING\" data-balance=\"200.00\"",
                "id=\"account-CUSTOMER_PREPAYMENTS\" data-balance=\"0.00\"",
                "id=\"account-PLATFORM_REVENUE\" data-balance=\"-40.00\"",
                "id=\"account-PROVIDER_PAYABLE-provider-1\" data-balance=\"-160.00\"",
                "id=\"ledger-total\" data-balance=\"0.00\"",
                "应付服务者款", "平台佣金收入")
                .doesNotContain("ledger-empty");
    }

    @Test
    void anEmptyLedgerSaysSo() throws Exception {
        assertThat(page()).contains("id=\"ledger-empty\"", "账本中还没有分录").doesNotContain("ledger-table");
    }

    private String page() throws Exception {
        return mvc.perform(get("/finance/ledger").with(TestUsers.user("finance")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
