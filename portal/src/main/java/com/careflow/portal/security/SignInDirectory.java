package com.careflow.portal.security;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;

/**
 * Keeps the people directory (domain/people) current: the first request of each signed-in session writes the user
 * as Keycloak describes them (name, email, roles) with the page language, and again when they switch language.
 * Once per session rather than in the OAuth2 success handler so the write needs no change to the sign-in flow and
 * sessions that began before a restart are recorded too.
 */
@Configuration(proxyBeanMethods = false)
class SignInDirectory implements WebMvcConfigurer {

    /** Session attribute: the language tag the person was last recorded with. */
    static final String RECORDED = SignInDirectory.class.getName() + ".recorded";

    private final People people;

    SignInDirectory(People people) {
        this.people = people;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                record(request);
                return true;
            }
        }).order(Ordered.LOWEST_PRECEDENCE); // after the language switch (?lang=) has set the page language
    }

    void record(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser oidc)) {
            return;
        }
        Locale locale = RequestContextUtils.getLocale(request);
        String language = locale == null ? null : locale.toLanguageTag();
        HttpSession session = request.getSession();
        if (language != null && language.equals(session.getAttribute(RECORDED))) {
            return;
        }
        PortalUser user = PortalUser.of(oidc);
        people.save(new Person(user.id(), user.name(), user.email(), List.copyOf(user.roles()), language));
        session.setAttribute(RECORDED, language);
    }
}
