package com.careflow.domain.process;

/** Start variables of the content-review process. {@code kind}: ARTICLE, POST or ANSWER. */
public record ContentSubmitted(String contentId, String authorId, String kind) {
}
