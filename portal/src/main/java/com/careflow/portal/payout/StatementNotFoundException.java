package com.careflow.portal.payout;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such statement, or not the provider's own: both answer 404, so other providers' statements cannot be probed. */
class StatementNotFoundException extends ErrorResponseException {

    StatementNotFoundException(String id) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Statement " + id + " was not found."), null);
    }
}
