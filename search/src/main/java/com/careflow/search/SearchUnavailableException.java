package com.careflow.search;

/** Elasticsearch cannot be reached or refused the request for a reason that is not the user's input. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
