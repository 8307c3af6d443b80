package com.careflow.notify;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.certification.CertificationApplication;

/**
 * What a notification about a certification application says. Texts get: {0} category, {1} level,
 * {2} application number, {3} expiry date ("" before approval). A rejection lists its reasons
 * ({@code certification.reason.<CODE>}: a reviewer's, or a failed automated check's).
 */
@Component
class CertificationLetters {

    private final MailTexts texts;

    CertificationLetters(MailTexts texts) {
        this.texts = texts;
    }

    Letter letter(MailTemplate template, CertificationApplication application, Locale locale) {
        String category = texts.label("category.", application.getCategory().name(), locale);
        String level = texts.label("level.", application.getLevel().name(), locale);
        String expires = texts.date(application.getExpiresAt(), locale);
        Object[] args = { category, level, application.getId(), expires };
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(texts.get("mail.label.application-number", locale), application.getId());
        rows.put(texts.get("mail.label.category", locale), category);
        rows.put(texts.get("mail.label.level", locale), level);
        if (!expires.isEmpty()) {
            rows.put(texts.get("mail.label.expires-at", locale), expires);
        }
        if (template != MailTemplate.CERTIFICATION_REJECTED) {
            return new Letter(args, null, rows, null);
        }
        if (application.getRejectionNote() != null && !application.getRejectionNote().isBlank()) {
            rows.put(texts.get("mail.label.reviewer-note", locale), application.getRejectionNote());
        }
        return new Letter(args, null, rows, new Letter.Reasons(texts.get("mail.label.rejection-reasons", locale),
                texts.labels("certification.reason.", application.getRejectionReasons(), locale)));
    }
}
