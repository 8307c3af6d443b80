package com.careflow.portal.payout;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

import com.careflow.domain.payout.SettlementStatement;
import com.careflow.domain.payout.SettlementStatements;
import com.careflow.domain.payout.StatementStatus;
import com.careflow.portal.security.PortalUser;

/**
 * Settlement statements and their payouts: finance (and admin) see all of them with filters; a provider sees their
 * own only, and another provider's statement does not exist for them.
 */
@Controller
class StatementController {

    private final SettlementStatements statements;
    private final StatementSearch search;

    StatementController(SettlementStatements statements, StatementSearch search) {
        this.statements = statements;
        this.search = search;
    }

    @GetMapping("/finance/statements")
    String all(@ModelAttribute("filter") StatementFilter filter, BindingResult result, Model model) {
        filter.validate(result);
        List<SettlementStatement> found = result.hasErrors() ? List.of()
                : search.find(filter.statusValue(), filter.providerValue(), filter.weekValue());
        model.addAttribute("statements", found);
        model.addAttribute("statuses", StatementStatus.values());
        return "payout/finance-statements";
    }

    @GetMapping("/finance/statements/{id}")
    String one(@PathVariable String id, Model model) {
        model.addAttribute("statement", statements.findById(id).orElseThrow(() -> new StatementNotFoundException(id)));
        model.addAttribute("backTo", "/finance/statements");
        return "payout/statement";
    }

    @GetMapping("/provider/statements")
    String mine(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("statements", statements.findByProviderIdOrderByPeriodStartDesc(PortalUser.of(user).id()));
        return "payout/provider-statements";
    }

    @GetMapping("/provider/statements/{id}")
    String myOne(@PathVariable String id, @AuthenticationPrincipal OidcUser user, Model model) {
        String me = PortalUser.of(user).id();
        SettlementStatement statement = statements.findById(id).filter(mine -> mine.getProviderId().equals(me))
                .orElseThrow(() -> new StatementNotFoundException(id));
        model.addAttribute("statement", statement);
        model.addAttribute("backTo", "/provider/statements");
        return "payout/statement";
    }
}
