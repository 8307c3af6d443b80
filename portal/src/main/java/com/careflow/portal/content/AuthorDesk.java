package com.careflow.portal.content;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentIds;
import com.careflow.domain.content.ContentUpdates;
import com.careflow.domain.content.Contents;
import com.careflow.domain.process.ContentSubmitted;
import com.careflow.portal.security.PortalUser;
import com.careflow.portal.security.Roles;

/**
 * What authors do: submit content (saved, then its review process started) and appeal a rejection (saved, then
 * the process told). An engine that cannot be reached leaves nothing behind, so the author simply tries again.
 */
@Component
class AuthorDesk {

    private static final Logger log = LoggerFactory.getLogger(AuthorDesk.class);

    private final Contents contents;
    private final ContentIds ids;
    private final ContentProcess process;
    private final ContentUpdates updates;
    private final Clock clock;

    AuthorDesk(Contents contents, ContentIds ids, ContentProcess process, ContentUpdates updates, Clock clock) {
        this.contents = contents;
        this.updates = updates;
        this.ids = ids;
        this.process = process;
        this.clock = clock;
    }

    Content submit(ContentForm form, PortalUser author, Locale locale) {
        Content content = Content.submit(ids.next(), form.getKind(), form.getTitle(), form.getBody(),
                new Content.Author(author.id(), author.name(), author.email(), authorRole(author)),
                languageTag(locale), clock.instant());
        contents.save(content);
        String key;
        try {
            key = process.start(new ContentSubmitted(content.getId(), author.id(), form.getKind().name()));
        }
        catch (RuntimeException e) {
            log.warn("Could not start the review of content {}; removing it", content.getId(), e);
            contents.deleteById(content.getId());
            throw new ContentUnavailableException("the review process could not be started", e);
        }
        // the pre-screen may already have saved the content: attach to the fresh copy
        return updates.update(content.getId(), fresh -> {
            fresh.attachProcess(key);
            return true;
        });
    }

    /** The author's own content, newest first. */
    List<Content> mine(PortalUser author) {
        return contents.findByAuthorIdOrderBySubmittedAtDesc(author.id());
    }

    /** The author's piece; anyone else's (or none) is 404. */
    Content own(String contentId, PortalUser author) {
        return contents.findById(contentId).filter(c -> c.isAuthoredBy(author.id()))
                .orElseThrow(() -> new ContentNotFoundException(contentId));
    }

    boolean canAppeal(Content content) {
        return content.canAppeal(clock.instant());
    }

    /**
     * Tells the process first, then records the appeal: an unreachable engine changes nothing, and a reopen job
     * that overtakes this save records the appeal from the message itself (so a lost race is no error).
     */
    void appeal(Content content, String reason) {
        if (!canAppeal(content)) {
            throw new IllegalStateException("content " + content.getId() + " cannot be appealed");
        }
        try {
            process.appealed(content.getId(), reason);
        }
        catch (RuntimeException e) {
            throw new ContentUnavailableException("the appeal could not be sent", e);
        }
        updates.update(content.getId(), fresh -> {
            if (!fresh.canAppeal()) {
                return false;
            }
            fresh.appeal(reason, clock.instant());
            return true;
        });
    }

    /** A provider writes as a provider; everyone else who may write (customers, admins) as a customer. */
    static String authorRole(PortalUser user) {
        return user.roles().contains(Roles.PROVIDER) ? Content.ROLE_PROVIDER : Content.ROLE_CUSTOMER;
    }

    static String languageTag(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? "en" : "zh-CN";
    }
}
