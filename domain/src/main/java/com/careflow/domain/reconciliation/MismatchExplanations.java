package com.careflow.domain.reconciliation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import com.careflow.domain.ledger.Money;

/**
 * Explains a {@link Mismatch} in Chinese or English, from {@code reconciliation/mismatches*.properties} (key: the
 * kind; {0} order or statement, {1} the record concerned, {2} the amount expected, {3} the amount found). One place
 * for the texts the finance page and the operations alert both show. The bundle is private to this class: the
 * portal in the same JVM owns the {@code messageSource} bean.
 */
@Component
public class MismatchExplanations {

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    public MismatchExplanations() {
        texts.setBasename("reconciliation/mismatches");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    public String explain(Mismatch mismatch, Locale locale) {
        return texts.getMessage(mismatch.kind().name(), new Object[] { mismatch.subject(),
                mismatch.reference() == null ? "" : mismatch.reference(), yuan(mismatch.expected()),
                yuan(mismatch.actual()) }, locale);
    }

    private static String yuan(Money money) {
        if (money == null) {
            return "";
        }
        return new DecimalFormat("¥#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(BigDecimal.valueOf(money.fen(), 2));
    }
}
