package com.careflow.portal.system;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A path nothing maps (security lets signed-in users through to find out, UnknownRoutes): the error page's 404,
 * and on /api/** a problem document like every other API answer instead of Spring Boot's own error JSON.
 */
@ControllerAdvice
class UnknownRouteAdvice {

    private final MessageSource messages;

    UnknownRouteAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler({ NoResourceFoundException.class, NoHandlerFoundException.class })
    Object notFound(HttpServletRequest request, Locale locale) {
        return ErrorAnswers.answer(request, HttpStatus.NOT_FOUND, "Not found",
                messages.getMessage("request.notFound", null, locale), null);
    }
}
