package com.careflow.notify;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.payout.SettlementStatement;

/**
 * What a notification about a payout says. Texts get: {0} the week's first day, {1} the net paid, {2} the number of
 * orders, {3} the statement id. A rejection gives finance's reason.
 */
@Component
class PayoutLetters {

    private final MailTexts texts;

    PayoutLetters(MailTexts texts) {
        this.texts = texts;
    }

    Letter letter(MailTemplate template, SettlementStatement statement, Locale locale) {
        String net = statement.getNet().toString();
        Object[] args = { statement.getPeriodStart().toString(), net, statement.getLines().size(), statement.getId() };
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(texts.get("mail.label.statement", locale), statement.getId());
        rows.put(texts.get("mail.label.gross", locale), statement.getGross().toString());
        rows.put(texts.get("mail.label.commission", locale), statement.getCommission().toString());
        rows.put(texts.get("mail.label.net", locale), net);
        if (template != MailTemplate.PAYOUT_REJECTED || statement.getDecisionReason() == null) {
            return new Letter(args, null, rows, null);
        }
        return new Letter(args, null, rows, new Letter.Reasons(texts.get("mail.label.payout-reason", locale),
                List.of(statement.getDecisionReason())));
    }
}
