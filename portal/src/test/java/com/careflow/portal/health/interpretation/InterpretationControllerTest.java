package com.careflow.portal.health.interpretation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.health.interpretation.Interpretation;
import com.careflow.domain.health.interpretation.InterpretationInput;
import com.careflow.domain.health.interpretation.InterpretationResult;
import com.careflow.domain.health.interpretation.Interpretations;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.health.interpretation.InterpretationTestConfiguration.RecordingInterpretationProcess;

/**
 * /health/interpretations: a customer asks for 7, 30 or 90 days and sees their own interpretations only, pending
 * until stored, then with the findings and the standard note in the page's language.
 */
@PortalWebMvcTest
class InterpretationControllerTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Interpretations interpretations;
    @Autowired
    RecordingInterpretationProcess process;

    @BeforeEach
    void clean() {
        interpretations.deleteAll();
        process.started.clear();
        process.failure = null;
    }

    @Test
    void aRequestIsStoredItsProcessStartedAndItsPageWaitsForTheAnswer() throws Exception {
        String location = mvc.perform(post("/health/interpretations").param("period", "30").with(csrf())
                .with(TestUsers.user("cust-a", "customer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/health/interpretations/INT-*"))
                .andReturn().getResponse().getRedirectedUrl();
        String id = location.substring(location.lastIndexOf('/') + 1);

        Interpretation stored = interpretations.findById(id).orElseThrow();
        assertThat(stored.customerId()).isEqualTo("cust-a");
        assertThat(stored.periodDays()).isEqualTo(30);
        assertThat(process.started).containsExactly(id);
        assertThat(page(location, "cust-a")).contains("id=\"interpretation-pending\"", "data-status=\"REQUESTED\"",
                "/api/health/interpretations/" + id, "/js/health-interpretation.js");
        mvc.perform(get("/api/health/interpretations/" + id).with(TestUsers.user("cust-a", "customer")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("REQUESTED"));
    }

    @Test
    void aPeriodThatIsNotOfferedIsAFieldErrorAndChangesNothing() throws Exception {
        for (String period : new String[] { "14", "abc", "" }) {
            String page = mvc.perform(post("/health/interpretations").param("period", period).with(csrf())
                    .with(TestUsers.user("cust-a", "customer")))
                    .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
            assertThat(page).contains("id=\"period-error\"", "请选择 7、30 或 90 天。");
        }
        assertThat(interpretations.count()).isZero();
        assertThat(process.started).isEmpty();
    }

    @Test
    void aStartThatFailsLeavesNoRequestBehind() {
        process.failure = new IllegalStateException("engine down");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mvc.perform(post("/health/interpretations")
                .param("period", "7").with(csrf()).with(TestUsers.user("cust-a", "customer"))))
                .hasRootCauseMessage("engine down");
        assertThat(interpretations.count()).isZero();
    }

    @Test
    void aReadyInterpretationShowsItsFindingsAndTheNoteInThePageLanguage() throws Exception {
        interpretations.save(ready("INT-ready", "cust-a"));

        assertThat(page("/health/interpretations/INT-ready", "cust-a")).contains("近 30 天共 2 条读数",
                "血压平均 150/95 mmHg", "请带上这些血压记录", "不构成医学诊断", "id=\"interpretation-fallback\"",
                "the LLM endpoint did not answer within PT20S").doesNotContain("interpretation-pending");
        assertThat(mvc.perform(get("/health/interpretations/INT-ready").param("lang", "en")
                .with(TestUsers.user("cust-a", "customer"))).andReturn().getResponse().getContentAsString())
                .contains("not a diagnosis");
    }

    @Test
    void anotherCustomersInterpretationIsNotFoundAnywhere() throws Exception {
        interpretations.save(ready("INT-other", "cust-b"));

        mvc.perform(get("/health/interpretations/INT-other").with(TestUsers.user("cust-a", "customer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/health/interpretations/INT-other").with(TestUsers.user("cust-a", "customer")))
                .andExpect(status().isNotFound());
        assertThat(page("/health/interpretations", "cust-a")).contains("id=\"interpretations-empty\"")
                .doesNotContain("INT-other");
        assertThat(page("/health/interpretations", "cust-b")).contains("interpretation-INT-other", "已完成");
    }

    private static Interpretation ready(String id, String customerId) {
        Instant now = Instant.now();
        return Interpretation.requested(id, customerId, 30, "zh", now).completed(
                new InterpretationInput("subject-x", 30, now.minusSeconds(86400 * 30), now, "zh", List.of()),
                new InterpretationResult("近 30 天共 2 条读数，其中 1 项需要留意，详见下方发现。",
                        List.of("血压平均 150/95 mmHg（2 次，最高 160/100），按 ACC/AHA 2017 分级属于“2 级”范围。"),
                        List.of("请带上这些血压记录，与医生讨论。"), 0.32),
                "rule-based", "the LLM endpoint did not answer within PT20S", now);
    }

    private String page(String path, String customer) throws Exception {
        return mvc.perform(get(path).with(TestUsers.user(customer, "customer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }
}
