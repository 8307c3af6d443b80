package com.careflow.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The Content-Security-Policy allows scripts and styles from the portal's files only
 * ({@link SecurityConfig#CONTENT_SECURITY_POLICY}): a template with an inline script, an event handler attribute or
 * inline styles would be broken in the browser, silently. Scripts go to static/js, styles to static/css.
 */
class TemplatesFitTheContentSecurityPolicyTest {

    static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\b(th:)?src=)[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern EVENT_HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern INLINE_STYLE = Pattern.compile("<style\\b|\\s(th:)?style\\s*=|javascript:",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHasInlineScriptsHandlersOrStyles() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:templates/**/*.html");
        assertThat(templates).hasSizeGreaterThan(20);
        List<String> found = new ArrayList<>();
        for (Resource template : templates) {
            String html = template.getContentAsString(StandardCharsets.UTF_8);
            for (Pattern pattern : List.of(INLINE_SCRIPT, EVENT_HANDLER, INLINE_STYLE)) {
                Matcher match = pattern.matcher(html);
                while (match.find()) {
                    found.add(template.getFilename() + ": " + match.group().strip());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void thePatternsFindWhatTheyLookFor() {
        assertThat(INLINE_SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(INLINE_SCRIPT.matcher("<script th:src=\"@{/js/forms.js}\" defer></script>").find()).isFalse();
        assertThat(EVENT_HANDLER.matcher("<button onclick=\"go()\">").find()).isTrue();
        assertThat(EVENT_HANDLER.matcher("<form th:action=\"@{/x}\" method=\"post\">").find()).isFalse();
        assertThat(INLINE_STYLE.matcher("<p style=\"color: red\">").find()).isTrue();
        assertThat(INLINE_STYLE.matcher("<link rel=\"stylesheet\" th:href=\"@{/css/careflow.css}\">").find()).isFalse();
    }
}
