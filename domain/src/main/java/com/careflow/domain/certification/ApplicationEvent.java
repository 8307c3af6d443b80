package com.careflow.domain.certification;

import java.time.Instant;

/** One entry of an application's timeline: it reached {@code status} at {@code at}, by whom, with a note. */
public record ApplicationEvent(ApplicationStatus status, Instant at, String actorId, String actorName, String note) {
}
