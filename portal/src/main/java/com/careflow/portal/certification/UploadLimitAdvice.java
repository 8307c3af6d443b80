package com.careflow.portal.certification;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request beyond the server's multipart limits (spring.servlet.multipart.*, set above the 5 MB the form itself
 * checks) never reaches a controller; the applicant gets the form back with a message instead of an error page.
 * Certification is the portal's only upload. Ordered first: the portal's BadRequestAdvice answers every other
 * MultipartException (a body that does not parse) with a 400.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge() {
        return "redirect:/certification/apply?tooLarge";
    }
}
