package com.careflow.portal.task;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No such task, or one of groups the user is not in: both answer 404 (never 403), so task ids cannot be probed.
 */
class TaskNotFoundException extends ErrorResponseException {

    TaskNotFoundException(String key) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Task " + key + " was not found."), null);
    }
}
