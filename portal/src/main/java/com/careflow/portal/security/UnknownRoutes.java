package com.careflow.portal.security;

import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The rule for requests no other rule names. A route that exists (some controller maps its path, whatever the
 * method) stays denied to everyone: nobody was given it. A path nothing maps is let through for signed-in users
 * only, so they get the 404 it is instead of a 403 that says their role is wrong; anonymous visitors still go to
 * sign-in (or get a 401 on /api/**) and learn nothing about which routes exist.
 * <p>
 * Only reached after every explicit rule: Operaton's web apps (not Spring MVC handlers, but under /operaton/**)
 * and the engine's /engine-rest (its own filter chain) never get here. Static resources are not routes: the
 * catch-all resource handler maps every path, and the real static folders have their own permitAll rule.
 */
final class UnknownRoutes implements AuthorizationManager<RequestAuthorizationContext> {

    private final ObjectProvider<HandlerMappingIntrospector> mappings;
    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    UnknownRoutes(ObjectProvider<HandlerMappingIntrospector> mappings) {
        this.mappings = mappings;
    }

    @Override
    @SuppressWarnings("deprecation") // the one abstract method of AuthorizationManager; authorize() delegates here
    public AuthorizationDecision check(Supplier<Authentication> authentication, RequestAuthorizationContext context) {
        return new AuthorizationDecision(trust.isAuthenticated(authentication.get()) && !mapped(context.getRequest()));
    }

    /** Whether a handler other than the static-resource fallback maps the path (a wrong method still counts). */
    boolean mapped(HttpServletRequest request) {
        HttpServletRequest probe = new AttributesKept(request);
        ServletRequestPathUtils.parseAndCache(probe);
        for (HandlerMapping mapping : mappings.getObject().getHandlerMappings()) {
            try {
                HandlerExecutionChain chain = mapping.getHandler(probe);
                if (chain != null && !(chain.getHandler() instanceof ResourceHttpRequestHandler)) {
                    return true;
                }
            }
            catch (Exception e) {
                // the path matched, the method, media type or parameters did not: the route exists
                return true;
            }
        }
        return false;
    }

    /** Handler lookup writes request attributes (the matched pattern, path variables); keep them off the request. */
    private static final class AttributesKept extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        AttributesKept(HttpServletRequest request) {
            super(request);
            for (Enumeration<String> names = request.getAttributeNames(); names.hasMoreElements();) {
                String name = names.nextElement();
                attributes.put(name, request.getAttribute(name));
            }
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.get(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            return Collections.enumeration(attributes.keySet());
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.remove(name);
        }
    }
}
