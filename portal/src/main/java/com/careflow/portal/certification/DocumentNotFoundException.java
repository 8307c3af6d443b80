package com.careflow.portal.certification;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** No such document, or not one the user may see: both 404, so documents of others cannot be probed. */
class DocumentNotFoundException extends ErrorResponseException {

    DocumentNotFoundException(String documentId) {
        super(HttpStatus.NOT_FOUND, ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
                "Document " + documentId + " was not found."), null);
    }
}
