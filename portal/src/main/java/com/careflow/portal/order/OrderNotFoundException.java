package com.careflow.portal.order;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * No such order, or not one the user may see: both answer 404, so order numbers of other customers cannot be
 * probed. Pages show the error page, /api/** a problem document.
 */
class OrderNotFoundException extends ErrorResponseException {

    OrderNotFoundException(String orderNumber) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Order " + orderNumber + " was not found."), null);
    }
}
