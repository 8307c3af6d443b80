package com.careflow.portal.security;

import static com.careflow.portal.security.Roles.ADMIN;
import static com.careflow.portal.security.Roles.ANALYST;
import static com.careflow.portal.security.Roles.CONSULTANT;
import static com.careflow.portal.security.Roles.CUSTOMER;
import static com.careflow.portal.security.Roles.FINANCE;
import static com.careflow.portal.security.Roles.PROVIDER;
import static com.careflow.portal.security.Roles.REVIEWER;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.config.Customizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Who may see what. Every route of the portal has its rule here and only here; a route not listed is denied,
 * so a new page is unreachable until someone decides who it is for. A path that is no route at all is a 404 for
 * signed-in users (UnknownRoutes).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class SecurityConfig {

    /** Registration id of the Keycloak client (spring.security.oauth2.client.registration.keycloak.*). */
    public static final String REGISTRATION_ID = "keycloak";

    static final String API = "/api/**";
    /** Operaton's Cockpit, Tasklist and Admin (careflow-engine), and the APIs they call. */
    static final String WEBAPPS = "/operaton/**";
    static final String WEBAPP_API = "/operaton/api/**";
    static final String CSP_HEADER = "Content-Security-Policy";
    static final String LOGIN = PortalAuthorizationRequestResolver.AUTHORIZATION_BASE_URI + "/" + REGISTRATION_ID;
    /** The local mailbox shows mails in a sandboxed srcdoc frame, which inherits the page's policy. */
    static final String MAIL = "/mail/**";

    /**
     * Scripts and styles from the portal's own files only: no template has an inline script, event handler
     * attribute or style attribute (TemplatesFitTheContentSecurityPolicyTest keeps it so). No form-action: signing
     * out posts to /logout, which redirects to Keycloak, and browsers check form-action on that redirect too.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self'; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; "
            + "frame-ancestors 'none'";
    /**
     * The mailbox's mails are the notification worker's HTML letters, styled with style attributes: allowed there
     * (attributes only, never style elements or scripts; the frame runs no script anyway).
     */
    static final String MAIL_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY + "; style-src-attr 'unsafe-inline'";
    /** The analysts' draft editor: dmn-js's decision table sets style attributes (column widths, menus). */
    static final String ANALYST_EDITOR = "/analyst/drafts/*";
    /** Style attributes only (still no style elements, no inline scripts), on the analysts' editor. */
    public static final String ANALYST_EDITOR_CONTENT_SECURITY_POLICY = CONTENT_SECURITY_POLICY
            + "; style-src-attr 'unsafe-inline'";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
            LocaleResolver locales, ObjectMapper json, MessageSource messages,
            ObjectProvider<HandlerMappingIntrospector> mappings) throws Exception {
        ApiProblemResponses apiProblems = new ApiProblemResponses(json, messages, locales);
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        RequestMatcher api = paths.matcher(API);
        http.authorizeHttpRequests(routes -> routes
                        // public
                        .requestMatchers(HttpMethod.GET, "/", "/catalog", "/catalog/**", "/register").permitAll()
                        // published content: the community's articles, posts and answers
                        .requestMatchers(HttpMethod.GET, "/community", "/community/**").permitAll()
                        // search over services, providers and published content, and its suggestions
                        .requestMatchers(HttpMethod.GET, "/search", "/api/search", "/api/search/suggest").permitAll()
                        .requestMatchers("/css/**", "/js/**", "/images/**", "/vendor/**", "/favicon.ico").permitAll()
                        .requestMatchers("/error", "/actuator/health/**").permitAll()
                        // someone else's health records: a provider on an active order the customer consented on,
                        // an admin with a logged reason (checked per read by HealthReadAccess); never reviewers,
                        // analysts or finance
                        .requestMatchers("/health/customers/**").hasRole(PROVIDER)
                        // a customer's own health records
                        .requestMatchers("/health", "/health/**").hasRole(CUSTOMER)
                        // customers (and admin, through the role hierarchy)
                        .requestMatchers("/orders/**", "/api/orders/**").hasRole(CUSTOMER)
                        // a customer's own AI interpretations and crisis-reading alerts (never anyone else's)
                        .requestMatchers("/health/interpretations/**", "/api/health/interpretations/**",
                                "/health/alerts/**").hasRole(CUSTOMER)
                        // providers: offers to grab, their assigned orders
                        .requestMatchers("/provider/**", "/api/provider/**").hasRole(PROVIDER)
                        // certification documents: their applicant, and the reviewers deciding (checked per document)
                        .requestMatchers("/certification/documents/**").hasAnyRole(CUSTOMER, PROVIDER, REVIEWER)
                        // authors and applicants: customers and providers write content and apply for certification
                        .requestMatchers("/content/**", "/certification/**").hasAnyRole(CUSTOMER, PROVIDER)
                        // task inboxes: each user sees the tasks of their groups (roles)
                        .requestMatchers("/tasks/**", "/api/tasks/**").hasAnyRole(REVIEWER, FINANCE, CONSULTANT)
                        // finance: the ledger's balances, the settlement statements (providers see their own under
                        // /provider/statements, checked per statement), the daily reconciliation's reports
                        .requestMatchers("/finance/**").hasRole(FINANCE)
                        // the analyst workspace: deployed models, their diagrams with live counts, history, diffs;
                        // drafts, their lint, deployment and migration (admin through the role hierarchy)
                        .requestMatchers("/analyst", "/analyst/**", "/api/analyst/**").hasRole(ANALYST)
                        // operations: stuck assignments, complaints, incidents, search indices and reindex
                        .requestMatchers("/operations/**", "/api/operations/search/**").hasRole(ADMIN)
                        // Cockpit, Tasklist, Admin: operations, and analysts (read-only through the engine's
                        // authorizations). Single sign-on: the engine reads the user signed in here. /engine-rest is
                        // not the portal's: the engine's own bearer-token chain answers it before this one.
                        .requestMatchers(WEBAPPS).hasAnyRole(ADMIN, ANALYST)
                        // anyone signed in; /mail/** only has pages when the local mailbox is enabled
                        .requestMatchers("/notifications/**", "/mail/**", "/me")
                        .authenticated()
                        // anything else: a route that exists is nobody's; a path nothing maps is a 404 for anyone
                        // signed in, while anonymous visitors are sent to sign in (UnknownRoutes)
                        .anyRequest().access(new UnknownRoutes(mappings)))
                .oauth2Login(login -> login
                        // no generated sign-in page: Keycloak is the sign-in page; a failed attempt lands home
                        .loginPage(LOGIN)
                        .failureUrl("/?loginError")
                        .authorizationEndpoint(endpoint -> endpoint
                                .authorizationRequestResolver(new PortalAuthorizationRequestResolver(registrations, locales)))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new RolesOidcUserService())))
                .logout(logout -> logout.logoutSuccessHandler(keycloakLogout(registrations)))
                .headers(headers -> headers
                        // Operaton's web apps send their own Content-Security-Policy (they need inline code): theirs
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(
                                new AndRequestMatcher(new NegatedRequestMatcher(paths.matcher(WEBAPPS)),
                                        new NegatedRequestMatcher(paths.matcher(MAIL)),
                                        new NegatedRequestMatcher(paths.matcher(ANALYST_EDITOR))),
                                new StaticHeadersWriter(CSP_HEADER, CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(paths.matcher(MAIL),
                                new StaticHeadersWriter(CSP_HEADER, MAIL_CONTENT_SECURITY_POLICY)))
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(paths.matcher(ANALYST_EDITOR),
                                new StaticHeadersWriter(CSP_HEADER, ANALYST_EDITOR_CONTENT_SECURITY_POLICY)))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .contentTypeOptions(Customizer.withDefaults())
                        .frameOptions(frames -> frames.deny()))
                // the web apps send their own X-XSRF-TOKEN, checked by Operaton's CsrfPreventionFilter
                .csrf(csrf -> csrf.ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults().matcher(WEBAPP_API)))
                .exceptionHandling(errors -> errors
                        .defaultAuthenticationEntryPointFor(apiProblems, api)
                        .defaultAccessDeniedHandlerFor(apiProblems, api)
                        // pages get the HTML error page, which says so when it is the CSRF token. Needed explicitly:
                        // with a single default handler registered, Spring Security uses it for every request, and
                        // pages answered JSON.
                        .defaultAccessDeniedHandlerFor(new PageAccessDenied(messages, locales),
                                AnyRequestMatcher.INSTANCE)
                        // pages always go to Keycloak, whatever the Accept header (Spring's default only for HTML)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN),
                                AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    /**
     * Route patterns match the whole path. The engine adds servlets beside Spring MVC's (Jersey at /engine-rest,
     * the web apps' APIs), and without this Spring Security cannot tell which servlet a pattern means.
     */
    /** The header's name of the signed-in user ({@code ${@currentUser.name(#authentication)}}). */
    @Bean
    CurrentUser currentUser() {
        return new CurrentUser();
    }

    @Bean
    static PathPatternRequestMatcher.Builder pathPatterns() {
        return PathPatternRequestMatcher.withDefaults();
    }

    /** Admin is operations: it can do whatever any other role can. */
    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role(ADMIN).implies(CUSTOMER, PROVIDER, REVIEWER, ANALYST, FINANCE, CONSULTANT)
                .build();
    }

    /** Signing out of the portal also ends the Keycloak session (RP-initiated logout), then comes back home. */
    private static OidcClientInitiatedLogoutSuccessHandler keycloakLogout(ClientRegistrationRepository registrations) {
        OidcClientInitiatedLogoutSuccessHandler handler =
                new OidcClientInitiatedLogoutSuccessHandler(KeycloakEndSession.completing(registrations));
        handler.setPostLogoutRedirectUri("{baseUrl}/");
        return handler;
    }
}
