package com.careflow.portal.security;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Pages denied: the HTML error page (403). A form sent without its CSRF token, or with an expired one (the session
 * ended), is not a question of role: the page then says so and asks to reload the form. The error page reads
 * {@link #HEADING} and {@link #REASON} from the request, which the error dispatch keeps (the same names as the
 * portal's own error answers, system/ErrorAnswers).
 */
class PageAccessDenied implements AccessDeniedHandler {

    static final String HEADING = "errorHeading";
    static final String REASON = "errorReason";

    private final AccessDeniedHandler errorPage = new AccessDeniedHandlerImpl();
    private final MessageSource messages;
    private final LocaleResolver locales;

    PageAccessDenied(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (e instanceof CsrfException) {
            Locale locale = locales.resolveLocale(request);
            request.setAttribute(HEADING, messages.getMessage("error.csrf", null, locale));
            request.setAttribute(REASON, messages.getMessage("error.csrf.reason", null, locale));
        }
        errorPage.handle(request, response, e);
    }
}
