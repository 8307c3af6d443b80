package com.careflow.portal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.catalog.ServiceCategory;
import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.certification.CertificationApplications;
import com.careflow.domain.certification.CertificationCheck;
import com.careflow.domain.certification.CheckResult;
import com.careflow.domain.certification.DocumentKind;
import com.careflow.domain.certification.DocumentRef;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.process.ReviewDecision;
import com.careflow.domain.provider.CertificationLevel;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** The certification review form: the application with masked ID, documents and checks; reviewer reasons only. */
@PortalWebMvcTest
class ApplicationTaskFormTest {

    static final String TASK = "2251799813710001";
    static final String SHA = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Autowired
    MockMvc mvc;
    @Autowired
    FakeUserTasks tasks;
    @Autowired
    CertificationApplications applications;
    @Autowired
    Clock clock;

    @BeforeEach
    void data() {
        tasks.reset();
        tasks.deleteAll();
        applications.deleteAll();
        Instant now = clock.instant();
        CertificationApplication application = new CertificationApplication("APP20250101000001",
                new CertificationApplication.Applicant("applicant", "陈静", "applicant@careflow.local", "zh-CN"),
                ServiceCategory.HOME_CARE, CertificationLevel.STANDARD, "ZY2026000123", "11010519491231002X", "北京",
                List.of(new DocumentRef("DOC1", DocumentKind.LICENCE, "licence.pdf", "application/pdf", 12288, SHA),
                        new DocumentRef("DOC2", DocumentKind.ID_CARD, "id.png", "image/png", 2048, SHA)),
                null, now.minus(Duration.ofHours(2)));
        application.recordChecks(List.of(CheckResult.passed(CertificationCheck.LICENCE_NUMBER, "ZY2026000123"),
                CheckResult.passed(CertificationCheck.REQUIRED_DOCUMENTS, null)), now.minus(Duration.ofHours(2)));
        applications.save(application);
        tasks.save(TestTasks.task(TASK, "APP20250101000001", CertificationProcess.PROCESS_ID,
                CertificationProcess.TASK_REVIEW, List.of("reviewer"), now.minus(Duration.ofHours(1)),
                now.plus(Duration.ofDays(2)), 50));
    }

    @Test
    void theFormShowsTheApplicationDocumentsAndChecks() throws Exception {
        String page = mvc.perform(get("/tasks/" + TASK).with(TestUsers.user("reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("审核认证申请", "陈静 · 居家护理", "标准", "ZY2026000123", "110105********002X",
                        "href=\"/certification/documents/DOC1\"", "licence.pdf", "application/pdf · 12.0 KB", SHA,
                        "data-check=\"LICENCE_NUMBER\"", "id=\"reason-LEVEL_NOT_JUSTIFIED\"")
                .doesNotContain("11010519491231002X", "id=\"reason-DOCUMENTS_MISSING\"");
        assertThat(mvc.perform(get("/tasks?view=unassigned").with(TestUsers.user("reviewer")))
                .andReturn().getResponse().getContentAsString()).contains("陈静 · 居家护理");
    }

    @Test
    void onlyReviewerReasonsAreAccepted() throws Exception {
        mvc.perform(post("/tasks/" + TASK + "/complete").with(csrf()).with(TestUsers.user("reviewer"))
                        .param("reviewApproved", "false").param("reviewReasons", "DOCUMENTS_MISSING"))
                .andExpect(model().attributeHasFieldErrorCode("reviewForm", "reviewReasons",
                        "task.form.reasons.unknown"));
        assertThat(tasks.commands()).isEmpty();
        mvc.perform(post("/tasks/" + TASK + "/complete").with(csrf()).with(TestUsers.user("reviewer"))
                        .param("reviewApproved", "false").param("reviewReasons", "LICENCE_INVALID"))
                .andExpect(flash().attribute("notice", "task.notice.rejected"));
        assertThat(tasks.commands().getLast().decision()).isEqualTo(new ReviewDecision(false,
                List.of("LICENCE_INVALID"), null, "reviewer", "Demo reviewer"));
        UserTask done = tasks.findById(TASK).orElseThrow();
        assertThat(done.isOpen()).isFalse();
    }
}
