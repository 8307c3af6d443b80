package com.careflow.payment;

import java.util.Locale;

import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells a decline in the customer's language (the order's), from {@code payment/declines*.properties} by decline
 * code; a code without a text falls back to what the gateway said. The bundle is private to this class: the
 * portal in the same JVM owns the {@code messageSource} bean.
 */
@Component
class DeclineReasons {

    private static final String DEFAULT_LOCALE = "zh-CN";

    private final ResourceBundleMessageSource texts = new ResourceBundleMessageSource();

    DeclineReasons() {
        texts.setBasename("payment/declines");
        texts.setDefaultEncoding("UTF-8");
        texts.setFallbackToSystemLocale(false);
    }

    String tell(ChargeResult declined, String locale) {
        return texts.getMessage("decline." + declined.declineCode(), null, declined.declineReason(),
                Locale.forLanguageTag(locale == null ? DEFAULT_LOCALE : locale));
    }
}
