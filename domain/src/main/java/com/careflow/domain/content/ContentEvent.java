package com.careflow.domain.content;

import java.time.Instant;

/**
 * One line of a content's timeline: the status it had (or got), when, who (user id or system actor such as
 * {@code ai-worker}), the name to show, and a note key ({@code submitted}, {@code prescreened}, {@code appealed},
 * {@code reopened}) or free text.
 */
public record ContentEvent(ContentStatus status, Instant at, String actorId, String actorName, String note) {
}
