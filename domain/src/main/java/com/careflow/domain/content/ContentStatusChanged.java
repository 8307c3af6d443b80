package com.careflow.domain.content;

import java.time.Instant;

/** A piece of content moved in its life cycle (under review, published, rejected …). */
public record ContentStatusChanged(String contentId, ContentStatus from, ContentStatus to, Instant at) {
}
