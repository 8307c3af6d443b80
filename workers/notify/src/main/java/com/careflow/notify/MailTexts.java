package com.careflow.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The texts of notifications, {@code mail/messages*.properties}: Chinese as the base bundle, English beside it;
 * never the JVM's locale. Always MessageFormat, so every text escapes quotes the same way whether it has arguments
 * or not. Not a {@code messageSource} bean: the portal in the same JVM has its own, which must stay untouched.
 */
@Component
class MailTexts {

    static final String DEFAULT_LOCALE = "zh-CN";

    private final MessageSource messages = messages();
    private final Clock clock;

    MailTexts(Clock clock) {
        this.clock = clock;
    }

    String get(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** A label by a code the bundle may not know (a newer reason code, an element id): the code itself then. */
    String label(String prefix, String code, Locale locale) {
        return messages.getMessage(prefix + code, null, code, locale);
    }

    List<String> labels(String prefix, List<String> codes, Locale locale) {
        return codes == null ? List.of() : codes.stream().map(code -> label(prefix, code, locale)).toList();
    }

    String dateTime(LocalDateTime at, Locale locale) {
        return at == null ? "" : at.format(DateTimeFormatter.ofPattern(get("mail.format.date-time", locale), locale));
    }

    /** An engine or domain instant, read in the platform's zone. */
    String dateTime(Instant at, Locale locale) {
        return at == null ? "" : dateTime(LocalDateTime.ofInstant(at, clock.getZone()), locale);
    }

    String date(Instant at, Locale locale) {
        return at == null ? "" : LocalDateTime.ofInstant(at, clock.getZone())
                .format(DateTimeFormatter.ofPattern(get("mail.format.date", locale), locale));
    }

    /** Separates a label from its value in plain text ("：" in Chinese, ": " in English). */
    String separator(Locale locale) {
        return get("mail.separator", locale);
    }

    MessageSource source() {
        return messages;
    }

    static Locale locale(String tag) {
        return Locale.forLanguageTag(tag == null || tag.isBlank() ? DEFAULT_LOCALE : tag);
    }

    private static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("mail/messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setAlwaysUseMessageFormat(true);
        return source;
    }
}
