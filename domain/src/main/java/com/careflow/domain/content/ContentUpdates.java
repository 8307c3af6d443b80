package com.careflow.domain.content;

import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import com.careflow.domain.VersionedUpdates;

/**
 * Applies one change to a piece of content and saves it only when it changed; a lost @Version race (the portal
 * saving an appeal while a worker saves) reloads and tries again. Shared by the ai and review workers.
 */
@Component
public class ContentUpdates {

    private final Contents contents;

    ContentUpdates(Contents contents) {
        this.contents = contents;
    }

    public Content load(String contentId) {
        if (contentId == null || contentId.isBlank()) {
            throw new IllegalArgumentException("variable contentId is missing");
        }
        return contents.findById(contentId).orElseThrow(() -> new ContentNotFoundException(contentId));
    }

    /** {@code change} returns false when the content already is as wanted (a redelivered job). */
    public Content update(String contentId, Predicate<Content> change) {
        return VersionedUpdates.update(() -> load(contentId), change, contents::save);
    }
}
