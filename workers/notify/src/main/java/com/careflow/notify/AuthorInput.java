package com.careflow.notify;

/** The process variable notify.author reads: the content the author is told about. */
public record AuthorInput(String contentId) {
}
