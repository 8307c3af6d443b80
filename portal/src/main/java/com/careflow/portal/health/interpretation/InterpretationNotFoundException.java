package com.careflow.portal.health.interpretation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No interpretation of this customer has the id (another customer's is not found either). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class InterpretationNotFoundException extends RuntimeException {

    InterpretationNotFoundException(String id) {
        super("interpretation " + id + " not found");
    }
}
