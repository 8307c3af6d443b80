package com.careflow.portal.finance;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.careflow.domain.ledger.Balances;

/** Finance's view of the ledger: every account's balance as derived from the journal, read-only. */
@Controller
class FinanceController {

    private final Balances balances;

    FinanceController(Balances balances) {
        this.balances = balances;
    }

    @GetMapping("/finance/ledger")
    String ledger(Model model) {
        List<LedgerRow> rows = LedgerRow.of(balances.all());
        model.addAttribute("rows", rows);
        model.addAttribute("total", LedgerRow.total(rows));
        return "finance/ledger";
    }
}
