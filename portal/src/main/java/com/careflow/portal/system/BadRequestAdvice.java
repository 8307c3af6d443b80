package com.careflow.portal.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.UnsatisfiedServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * The one place where a request the portal cannot read becomes a 400: a crafted parameter name, a missing or
 * unconvertible parameter, an unreadable body, a broken multipart request. JSON endpoints (/api/**, and any
 * {@code @ResponseBody} handler) get an RFC 9457 problem document, pages the error page; both say in the
 * visitor's language what was wrong ({@code request.invalid.*} in messages*.properties). Nothing has run yet when
 * these are thrown, so nothing changed. Ordered before {@link ApiProblemAdvice}, which would answer the JSON
 * endpoints' share of these with Spring's English default texts.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BadRequestAdvice {

    private static final Logger log = LoggerFactory.getLogger(BadRequestAdvice.class);

    static final String GENERIC = "request.invalid.generic";
    static final String BODY = "request.invalid.body";

    private final MessageSource messages;

    BadRequestAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(MalformedParameterException.class)
    Object malformed(MalformedParameterException e, HttpServletRequest request, Locale locale) {
        return answer(request, locale, e, "request.invalid.malformed", e.getParameterName());
    }

    /** Property paths that still reached a bean some other way (e.g. a converter of a nested path). */
    @ExceptionHandler(InvalidPropertyException.class)
    Object invalidProperty(InvalidPropertyException e, HttpServletRequest request, Locale locale) {
        return answer(request, locale, e, "request.invalid.malformed", e.getPropertyName());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    Object missing(MissingServletRequestParameterException e, HttpServletRequest request, Locale locale) {
        return answer(request, locale, e, "request.invalid.missing", e.getParameterName());
    }

    @ExceptionHandler(MissingServletRequestPartException.class)
    Object missingPart(MissingServletRequestPartException e, HttpServletRequest request, Locale locale) {
        return answer(request, locale, e, "request.invalid.missing", e.getRequestPartName());
    }

    @ExceptionHandler(UnsatisfiedServletRequestParameterException.class)
    Object unsatisfied(UnsatisfiedServletRequestParameterException e, HttpServletRequest request, Locale locale) {
        return answer(request, locale, e, GENERIC, null);
    }

    /** A path variable or request parameter that is not of its type ({@code /mail/abc}, {@code ?page=x}). */
    @ExceptionHandler(TypeMismatchException.class)
    Object typeMismatch(TypeMismatchException e, HttpServletRequest request, Locale locale) {
        return answer(request, locale, e, "request.invalid.type", e.getPropertyName());
    }

    /** A form bound without a BindingResult to take its errors; every portal form has one, so this is a fallback. */
    @ExceptionHandler(BindException.class)
    Object bind(BindException e, HttpServletRequest request, Locale locale) {
        return answer(request, locale, e, GENERIC, null);
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    Object methodValidation(HandlerMethodValidationException e, HttpServletRequest request, Locale locale) {
        return answer(request, locale, e, GENERIC, null);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request, Locale locale) {
        return answer(request, locale, e, BODY, null);
    }

    /**
     * A multipart body that does not parse. Too large an upload is a MultipartException too; certification's
     * UploadLimitAdvice (ordered first) answers that one with the form and its message.
     */
    @ExceptionHandler(MultipartException.class)
    Object multipart(MultipartException e, HttpServletRequest request, Locale locale) {
        return answer(request, locale, e, BODY, null);
    }

    private Object answer(HttpServletRequest request, Locale locale, Exception e, String code, String name) {
        log.debug("Bad request {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
        String detail = name != null ? messages.getMessage(code, new Object[] {name}, locale)
                : messages.getMessage(code.equals(BODY) ? BODY : GENERIC, null, locale);
        return ErrorAnswers.answer(request, HttpStatus.BAD_REQUEST, "Bad request", detail, name);
    }
}
