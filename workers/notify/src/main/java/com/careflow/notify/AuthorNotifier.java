package com.careflow.notify;

import org.springframework.stereotype.Component;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.Contents;

/** Tells an author what became of their content, in their language, in the portal and by email. */
@Component
class AuthorNotifier {

    private final Contents contents;
    private final ContentLetters letters;
    private final MailRenderer renderer;
    private final Deliveries deliveries;
    private final PortalLinks links;

    AuthorNotifier(Contents contents, ContentLetters letters, MailRenderer renderer, Deliveries deliveries,
            PortalLinks links) {
        this.contents = contents;
        this.letters = letters;
        this.renderer = renderer;
        this.deliveries = deliveries;
        this.links = links;
    }

    /** Throws {@link InvalidNotificationException} for unknown content, a MailException if SMTP fails. */
    void notify(String stepKey, MailTemplate template, String contentId) {
        Content content = contents.findById(Required.id("contentId", contentId))
                .orElseThrow(() -> new InvalidNotificationException("content " + contentId + " does not exist"));
        Recipient author = new Recipient(content.getAuthorId(), content.getAuthorName(), content.getAuthorEmail(),
                MailTexts.locale(content.getLocale()), links.myContent());
        deliveries.deliver(NotificationIds.ofStep(stepKey), template, null, author,
                renderer.render(template, author, letters.letter(template, content, author.locale())));
    }
}
