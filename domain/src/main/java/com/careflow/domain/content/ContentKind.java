package com.careflow.domain.content;

/** What an author writes for the community: a knowledge article, a community post, or an answer to a question. */
public enum ContentKind {
    ARTICLE, POST, ANSWER
}
