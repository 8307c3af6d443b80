package com.careflow.portal.startup;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * While the {@link StartupGate} is closed every portal page answers 503 with "CareFlow is starting" (in the
 * visitor's language, refreshing itself through a meta refresh: the CSP forbids inline scripts) and the parts still
 * starting; /api/** answers a 503 problem document. Runs before Spring Security, because signing in needs Keycloak,
 * one of the parts. Let through: the actuator (health shows the parts), the engine's REST API (the workers subscribe
 * through it before the platform is ready), the engine's web apps' and the portal's static files.
 */
class StartingPageFilter extends OncePerRequestFilter {

    static final String VIEW = "startup/starting";
    static final int REFRESH_SECONDS = 3;
    private static final List<String> PASS = List.of("/actuator", "/engine-rest", "/css/", "/js/", "/images/", "/vendor/",
            "/favicon.ico");

    private final StartupGate gate;
    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final ObjectMapper json;

    StartingPageFilter(StartupGate gate, ITemplateEngine templates, MessageSource messages, LocaleResolver locales,
            ObjectMapper json) {
        this.gate = gate;
        this.json = json;
        this.templates = templates;
        this.messages = messages;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (gate.isOpen() || PASS.stream().anyMatch(path::startsWith)) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = locale(request);
        List<String> parts = gate.starting().stream().map(part -> partName(part, locale)).toList();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(REFRESH_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setCharacterEncoding("UTF-8");
        if (path.startsWith("/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                    messages.getMessage("startup.detail", null, locale));
            problem.setTitle(messages.getMessage("startup.title", null, locale));
            problem.setInstance(URI.create(request.getRequestURI()));
            problem.setProperty("starting", parts);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), problem);
            return;
        }
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.getWriter().write(templates.process(VIEW, new Context(locale, Map.of("starting", parts,
                "refreshSeconds", REFRESH_SECONDS, "contextPath", request.getContextPath()))));
    }

    /** The visitor's choice: {@code ?lang=} on this request, else the portal's language cookie, else Chinese. */
    private Locale locale(HttpServletRequest request) {
        String lang = request.getParameter("lang");
        if ("en".equals(lang) || "zh".equals(lang) || "zh-CN".equals(lang)) {
            return Locale.forLanguageTag(lang.equals("zh") ? "zh-CN" : lang);
        }
        return locales.resolveLocale(request);
    }

    private String partName(String part, Locale locale) {
        return messages.getMessage("startup.part." + part, null, part, locale);
    }
}
