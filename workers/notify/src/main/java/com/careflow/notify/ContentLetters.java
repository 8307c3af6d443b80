package com.careflow.notify;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

import com.careflow.domain.content.Content;

/**
 * What a notification about an author's content says. Texts get: {0} title, {1} kind ("文章"), {2} submitted at,
 * {3} published at, {4} days an appeal may take. A rejection lists its reasons ({@code content.reason.<CODE>}) and says whether and where the
 * author may appeal.
 */
@Component
class ContentLetters {

    private final MailTexts texts;

    ContentLetters(MailTexts texts) {
        this.texts = texts;
    }

    Letter letter(MailTemplate template, Content content, Locale locale) {
        Object[] args = { content.getTitle(), texts.label("content.kind.", content.getKind().name(), locale),
                texts.dateTime(content.getSubmittedAt(), locale), texts.dateTime(content.getPublishedAt(), locale),
                Content.APPEAL_WINDOW.toDays() };
        if (template != MailTemplate.CONTENT_REJECTED) {
            return new Letter(args, null, details(content, locale), null);
        }
        // the first rejection may be appealed once; the answer to an appeal is final
        String addendum = content.canAppeal() ? texts.get("content-rejected.appeal", locale, args)
                : content.isAppealed() ? texts.get("content-rejected.final", locale, args) : null;
        return new Letter(args, addendum, details(content, locale), new Letter.Reasons(
                texts.get("mail.label.rejection-reasons", locale),
                texts.labels("content.reason.", content.getRejectionReasons(), locale)));
    }

    private Map<String, String> details(Content content, Locale locale) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put(texts.get("mail.label.title", locale), content.getTitle());
        rows.put(texts.get("mail.label.kind", locale), texts.label("content.kind.", content.getKind().name(), locale));
        rows.put(texts.get("mail.label.submitted-at", locale), texts.dateTime(content.getSubmittedAt(), locale));
        if (content.getPublishedAt() != null) {
            rows.put(texts.get("mail.label.published-at", locale), texts.dateTime(content.getPublishedAt(), locale));
        }
        if (content.getRejectionNote() != null) {
            rows.put(texts.get("mail.label.reviewer-note", locale), content.getRejectionNote());
        }
        return rows;
    }
}
