package com.careflow.portal.system;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * No address of the portal needs a long query string (search text is at most 100 characters), so one over
 * {@link #MAX_QUERY_STRING} characters is turned away with 414 URI Too Long before anything else looks at it
 * (security would otherwise save it for after sign-in): the portal's error page in the visitor's language, or a
 * problem document for /api/**. Tomcat lets request lines up to {@code server.max-http-request-header-size} through
 * so that the portal sees them; beyond that Tomcat answers itself ({@link OversizedRequestPage}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class QueryStringLimit extends OncePerRequestFilter {

    static final int MAX_QUERY_STRING = 8 * 1024;

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    QueryStringLimit(MessageSource messages, LocaleResolver locales, ObjectMapper json) {
        this.messages = messages;
        this.json = json;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String query = request.getQueryString();
        if (query == null || query.length() <= MAX_QUERY_STRING) {
            chain.doFilter(request, response);
            return;
        }
        String detail = messages.getMessage("request.invalid.too-long", new Object[] {MAX_QUERY_STRING / 1024},
                locales.resolveLocale(request));
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.URI_TOO_LONG, detail);
            problem.setTitle(HttpStatus.URI_TOO_LONG.getReasonPhrase());
            problem.setInstance(URI.create(request.getRequestURI()));
            response.setStatus(HttpStatus.URI_TOO_LONG.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        // the container's error dispatch renders the portal's error page (error.html) with this reason
        request.setAttribute(ErrorAnswers.REASON, detail);
        request.setAttribute(RequestDispatcher.ERROR_MESSAGE, detail);
        response.sendError(HttpStatus.URI_TOO_LONG.value(), detail);
    }
}
