package com.careflow.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.search.IndexStatus;
import com.careflow.search.ReindexProgress;
import com.careflow.search.ReindexProgress.State;
import com.careflow.search.SearchType;
import com.careflow.search.SearchUnavailableException;

/** The search operations page (admin): indices, waiting changes, starting a reindex and following its progress. */
@PortalWebMvcTest
class SearchOperationsControllerTest {

    static final Instant STARTED = Instant.parse("2025-03-01T02:00:00Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    RecordingReindexing reindexing;

    @BeforeEach
    void reset() {
        reindexing.reset();
    }

    @Test
    void thePageListsTheIndicesAndTheWaitingChanges() throws Exception {
        reindexing.indices(List.of(
                new IndexStatus(SearchType.SERVICES, "careflow-services", "careflow-services-v2-20250301100000000", 2, 12),
                new IndexStatus(SearchType.PROVIDERS, "careflow-providers", "careflow-providers-v1-20250301100000000", 1, 3),
                new IndexStatus(SearchType.CONTENT, "careflow-content", null, 0, 0)));
        reindexing.pending(7);

        String html = page();

        assertThat(html).containsPattern("(?s)id=\"index-services\".*?careflow-services-v2-20250301100000000.*?"
                        + "class=\"num index-documents\"[^>]*>12<")
                .containsPattern("(?s)id=\"index-providers\".*?class=\"num index-documents\"[^>]*>3<")
                .containsPattern("(?s)id=\"index-content\".*?尚未创建")
                .containsPattern("id=\"search-pending\"[^>]*>7<")
                .contains("id=\"reindex-state\"", "data-state=\"IDLE\"", "未运行", "id=\"reindex-start\"",
                        "data-api-url=\"/api/operations/search/reindex\"", "name=\"_csrf\"");
    }

    @Test
    void anAdminStartsOneReindexAndASecondClickIsToldItRuns() throws Exception {
        mvc.perform(post("/operations/search/reindex").with(csrf()).with(TestUsers.user("admin")))
                .andExpect(redirectedUrl("/operations/search"))
                .andExpect(flash().attribute("notice", "search.reindex.started"));
        assertThat(reindexing.starts()).containsExactly("admin");

        mvc.perform(post("/operations/search/reindex").with(csrf()).with(TestUsers.user("admin")))
                .andExpect(flash().attribute("notice", "search.reindex.alreadyRunning"));
        assertThat(reindexing.starts()).hasSize(1);
        assertThat(page()).contains("data-state=\"RUNNING\"", "进行中")
                .containsPattern("id=\"reindex-start\"[^>]*disabled");
    }

    @Test
    void withoutTheCsrfTokenOrTheAdminRoleNothingStarts() throws Exception {
        mvc.perform(post("/operations/search/reindex").with(TestUsers.user("admin")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/operations/search/reindex").with(csrf()).with(TestUsers.user("analyst")))
                .andExpect(status().isForbidden());
        assertThat(reindexing.starts()).isEmpty();
    }

    @Test
    void theProgressApiReportsEachTypeAndAFailure() throws Exception {
        reindexing.progress(new ReindexProgress(State.FAILED, STARTED, STARTED.plusSeconds(30),
                Map.of(SearchType.SERVICES, 3000L, SearchType.PROVIDERS, 40L),
                Map.of(SearchType.SERVICES, 3000L, SearchType.PROVIDERS, 80L, SearchType.CONTENT, 500L),
                "content: mapping conflict"));
        reindexing.pending(2);

        mvc.perform(get("/api/operations/search/reindex").with(TestUsers.user("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("FAILED"))
                .andExpect(jsonPath("$.error").value("content: mapping conflict"))
                .andExpect(jsonPath("$.pendingChanges").value(2))
                .andExpect(jsonPath("$.types[0].type").value("services"))
                .andExpect(jsonPath("$.types[0].percent").value(100))
                .andExpect(jsonPath("$.types[1].done").value(40))
                .andExpect(jsonPath("$.types[1].total").value(80))
                .andExpect(jsonPath("$.types[1].percent").value(50))
                .andExpect(jsonPath("$.types[2].done").value(0));
        assertThat(page()).contains("data-state=\"FAILED\"", "content: mapping conflict", "2025-03-01 10:00:00");
    }

    @Test
    void withElasticsearchDownThePageStillShowsTheWaitingChanges() throws Exception {
        reindexing.failIndicesWith(new SearchUnavailableException("Connection refused", null));
        reindexing.pending(42);

        String html = mvc.perform(get("/operations/search").with(TestUsers.user("admin")))
                .andExpect(status().isServiceUnavailable())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"search-unavailable\"", "Elasticsearch 当前无法连接")
                .containsPattern("id=\"search-pending\"[^>]*>42<")
                .doesNotContain("id=\"indices-table\"");
    }

    private String page() throws Exception {
        return mvc.perform(get("/operations/search").with(TestUsers.user("admin")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
