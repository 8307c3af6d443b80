package com.careflow.portal.system;

import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * JSON endpoints (/api/**) answer errors as RFC 9457 problem documents. Exceptions that are
 * {@link org.springframework.web.ErrorResponse}s (e.g. the order lookup's not-found) carry their own problem detail;
 * the base class renders them and every standard MVC exception. Pages keep the HTML error page.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {
}
