package com.careflow.portal.analyst.diagram;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No deployed model with this id and version: pages show the error page, /api/** a problem document. */
class ModelNotFoundException extends ErrorResponseException {

    ModelNotFoundException(String key, int version) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "No version " + version + " of '" + key + "' is deployed."), null);
    }
}
