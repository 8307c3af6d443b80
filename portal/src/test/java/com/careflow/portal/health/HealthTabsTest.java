package com.careflow.portal.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.health.interpretation.Interpretation;
import com.careflow.domain.health.interpretation.Interpretations;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/**
 * One way into the customer's own health pages: the header's single "Health records" link, and on every page the
 * same tabs with that page's tab current. Admins get neither: they read a customer's record only with a reason.
 */
@PortalWebMvcTest
class HealthTabsTest {

    static final String CUSTOMER = "health-tabs-customer";
    static final List<String> TABS = List.of("overview", "profile", "import", "interpretations", "alerts",
            "access-log", "report");
    private static final Pattern LINK = Pattern.compile("<a\\b[^>]*>");
    private static final Pattern ID = Pattern.compile("id=\"health-tab-([a-z-]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Interpretations interpretations;

    @Test
    void everyHealthPageShowsTheTabsWithItsOwnCurrent() throws Exception {
        interpretations.save(Interpretation.requested("INT-tabs", CUSTOMER, 30, "zh", Instant.now()));
        Map<String, String> pages = Map.of(
                "/health", "overview",
                "/health/readings/new", "overview",
                "/health/profile", "profile",
                "/health/import", "import",
                "/health/interpretations", "interpretations",
                "/health/interpretations/INT-tabs", "interpretations",
                "/health/alerts", "alerts",
                "/health/access-log", "access-log");
        for (Map.Entry<String, String> page : pages.entrySet()) {
            String html = page(page.getKey(), "customer");
            List<String> tabs = new ArrayList<>();
            List<String> current = new ArrayList<>();
            Matcher link = LINK.matcher(tabBar(html, page.getKey()));
            while (link.find()) {
                Matcher id = ID.matcher(link.group());
                assertThat(id.find()).as(link.group()).isTrue();
                tabs.add(id.group(1));
                if (link.group().contains("aria-current=\"page\"")) {
                    current.add(id.group(1));
                }
            }
            assertThat(tabs).as(page.getKey()).isEqualTo(TABS);
            assertThat(current).as(page.getKey()).containsExactly(page.getValue());
            // the header's one way in is marked as where she is
            assertThat(html).as(page.getKey()).containsPattern("id=\"nav-health\"[^>]*aria-current=\"page\"")
                    .doesNotContain("nav-health-interpretations", "nav-health-alerts");
        }
    }

    @Test
    void theTabsLeadToThePagesAndTheReport() throws Exception {
        String html = tabBar(page("/health", "customer"), "/health");
        assertThat(html).contains("href=\"/health/profile\"", "href=\"/health/import\"",
                "href=\"/health/interpretations\"", "href=\"/health/alerts\"", "href=\"/health/access-log\"",
                "href=\"/health/report\"", "月度报告（PDF）");
        assertThat(tabBar(page("/health?lang=en", "customer"), "/health")).contains("Monthly report (PDF)");
    }

    @Test
    void adminsHaveNoHealthRecordsLinkAndACustomersRecordHasNoTabs() throws Exception {
        assertThat(page("/me", "admin")).doesNotContain("id=\"nav-health\"", "id=\"health-tabs\"")
                .contains("id=\"nav-orders\"");
        assertThat(page("/me", "customer")).contains("id=\"nav-health\"");
        assertThat(page("/health/customers/" + CUSTOMER + "?reason=complaint%20ORD1", "admin"))
                .contains("id=\"access-logged\"").doesNotContain("id=\"health-tabs\"");
    }

    private String page(String path, String role) throws Exception {
        String subject = role.equals("customer") ? CUSTOMER : "health-tabs-" + role;
        return mvc.perform(get(path).with(TestUsers.user(subject, role))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    private static String tabBar(String html, String path) {
        int start = html.indexOf("<nav class=\"section-tabs\" id=\"health-tabs\"");
        assertThat(start).as("the tabs on " + path).isNotNegative();
        return html.substring(start, html.indexOf("</nav>", start));
    }
}
