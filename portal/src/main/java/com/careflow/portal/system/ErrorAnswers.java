package com.careflow.portal.system;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * How the portal's own exception handlers answer: JSON endpoints (/api/**, and any {@code @ResponseBody} handler)
 * with an RFC 9457 problem document, pages with the error page. The page shows {@link #REASON} under its heading
 * ({@link #HEADING} when set, else the status's); security's PageAccessDenied sets the same two.
 */
final class ErrorAnswers {

    static final String VIEW = "error";
    static final String HEADING = "errorHeading";
    static final String REASON = "errorReason";

    private ErrorAnswers() {
    }

    /** A problem document or the error page; {@code parameter} names the offending parameter in the JSON, if any. */
    static Object answer(HttpServletRequest request, HttpStatus status, String title, String detail,
            String parameter) {
        if (json(request)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
            problem.setTitle(title);
            problem.setInstance(URI.create(request.getRequestURI()));
            if (parameter != null) {
                problem.setProperty("parameter", parameter);
            }
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView(VIEW, status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        page.addObject(REASON, detail);
        page.addObject("path", request.getRequestURI());
        return page;
    }

    /** /api/**, and JSON handlers elsewhere (the order form's slot lookup). */
    static boolean json(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return true;
        }
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod method
                && (method.hasMethodAnnotation(ResponseBody.class)
                        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class));
    }
}
