package com.careflow.portal.system;

import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartRequest;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.util.WebUtils;

/**
 * No form field of the portal is named with property-path syntax, so a parameter named {@code x[0]},
 * {@code x[$ne]} or {@code x.y} is crafted: turned away with 400 before data binding could apply it to a form
 * (where it would be an index into a String, a map key, or a nested property that is null). Checked for every
 * controller method, query string, form body and multipart file names alike. Names that are merely unknown are
 * left alone: binding ignores them, and {@code lang}, tracking parameters and Spring's checkbox markers are such.
 */
class ParameterNameGuard implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws MalformedParameterException {
        if (!(handler instanceof HandlerMethod)) {
            return true;
        }
        // under MockMvc or a filter's wrapper the multipart request is inside another one
        MultipartRequest multipart = WebUtils.getNativeRequest(request, MultipartRequest.class);
        Collection<String> files = multipart == null ? List.of() : multipart.getMultiFileMap().keySet();
        String malformed = Stream.concat(request.getParameterMap().keySet().stream(), files.stream())
                .filter(ParameterNameGuard::malformed)
                .findFirst()
                .orElse(null);
        if (malformed != null) {
            throw new MalformedParameterException(malformed);
        }
        return true;
    }

    /** Indexes, map keys and nested properties: what a data binder reads as a path instead of a field. */
    static boolean malformed(String name) {
        return name.isEmpty() || name.indexOf('[') >= 0 || name.indexOf(']') >= 0 || name.indexOf('.') >= 0;
    }
}
