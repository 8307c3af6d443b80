package com.careflow.portal.system;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The language switch in the header links to the same page in the other language. It keeps the query: a bare
 * {@code ?lang=en} on {@code /orders/new?service=...} would drop the service and land on an error.
 */
@ControllerAdvice
class LanguageLinksAdvice {

    static final String ZH = "zh-CN";
    static final String EN = "en";

    /** Relative links ("?service=x&lang=en"), so the path stays whatever the browser shows. */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        return Map.of(ZH, link(request, ZH), EN, link(request, EN));
    }

    private static String link(HttpServletRequest request, String language) {
        return UriComponentsBuilder.newInstance()
                .query(request.getQueryString())
                .replaceQueryParam(WebConfiguration.LANG_PARAM, language)
                .build()
                .toUriString();
    }
}
