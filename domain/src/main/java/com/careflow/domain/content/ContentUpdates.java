package com.careflow.domain.content;

import java.util.function.Predicate;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Applies one change to a piece of content and saves it only when it changed; a lost @Version race (the portal
 * saving an appeal while a worker saves) reloads and tries again. Shared by the ai and review workers.
 */
@Component
public class ContentUpdates {

    private static final int SAVE_ATTEMPTS = 3;

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
        for (int attempt = 1; ; attempt++) {
            Content content = load(contentId);
            if (!change.test(content)) {
                return content;
            }
            try {
                return contents.save(content);
            } catch (OptimisticLockingFailureException raced) {
                if (attempt == SAVE_ATTEMPTS) {
                    throw raced;
                }
            }
        }
    }
}
