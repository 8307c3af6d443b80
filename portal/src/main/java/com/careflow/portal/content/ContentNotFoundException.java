package com.careflow.portal.content;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No such content, not published (on the public pages), or not the user's (on the author's): all answer 404, so
 * ids of other people's drafts cannot be probed.
 */
class ContentNotFoundException extends ErrorResponseException {

    ContentNotFoundException(String contentId) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Content " + contentId + " was not found."), null);
    }
}
