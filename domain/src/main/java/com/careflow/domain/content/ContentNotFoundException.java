package com.careflow.domain.content;

/** A job or request names content that does not exist: bad input, never worth a retry. */
public class ContentNotFoundException extends IllegalArgumentException {

    public ContentNotFoundException(String contentId) {
        super("content " + contentId + " does not exist");
    }
}
