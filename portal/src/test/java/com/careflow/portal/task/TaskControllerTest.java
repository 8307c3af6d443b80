package com.careflow.portal.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.Contents;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;
import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.ReviewDecision;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.task.FakeUserTasks.Command;

/**
 * The inbox pages over the engine's user tasks (a fake of the port): lists with names and subjects, the content
 * review form, and claim, give back and decide through the (recorded) engine, with the conflicts two reviewers run
 * into.
 */
@PortalWebMvcTest
class TaskControllerTest {

    static final String WANG = "wanglei";
    static final String ZHAO = "zhaomin";

    @Autowired
    MockMvc mvc;
    @Autowired
    FakeUserTasks engine;
    @Autowired
    Contents contents;
    @Autowired
    People people;
    @Autowired
    Clock clock;

    TestTasks fixture;
    UserTask review;

    @BeforeEach
    void data() {
        engine.reset();
        fixture = new TestTasks(engine, contents, clock);
        fixture.clear();
        people.save(new Person(WANG, "王磊", "wanglei@careflow.local", List.of("reviewer"), "zh-CN"));
        people.save(new Person(ZHAO, "赵敏", "zhaomin@careflow.local", List.of("reviewer"), "zh-CN"));
        review = fixture.contentReview("2251799813700001", "CNT20250101000001", "失眠的经验分享",
                Duration.ofHours(1), Duration.ofHours(47), 70);
    }

    @Test
    void theListShowsTaskNameSubjectAndDueAndOverdueStandsOut() throws Exception {
        fixture.assign(fixture.contentReview("2251799813700002", "CNT20250101000002", "逾期的帖子",
                Duration.ofDays(3), Duration.ofHours(-2), 90), ZHAO);

        String page = page(get("/tasks?view=open"), WANG);
        assertThat(page).contains("id=\"task-2251799813700001\"", "审核内容", "失眠的经验分享", "未认领",
                        "id=\"task-2251799813700002\"", "逾期的帖子", "赵敏", "已逾期")
                .containsPattern("class=\"task-row overdue\"[^>]*data-key=\"2251799813700002\"")
                .doesNotContainPattern("class=\"task-row overdue\"[^>]*data-key=\"2251799813700001\"");
        assertThat(page(get("/tasks?view=unassigned"), WANG)).contains("task-2251799813700001")
                .doesNotContain("task-2251799813700002");
        assertThat(page(get("/tasks?view=open&due=overdue"), WANG)).contains("task-2251799813700002")
                .doesNotContain("id=\"task-2251799813700001\"");
    }

    @Test
    void theApiListsTheSameRowsForTheLiveRefresh() throws Exception {
        mvc.perform(get("/api/tasks?view=unassigned").with(reviewer(WANG)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.tasks[0].key").value("2251799813700001"))
                .andExpect(jsonPath("$.tasks[0].name").value("审核内容"))
                .andExpect(jsonPath("$.tasks[0].subject").value("失眠的经验分享"))
                .andExpect(jsonPath("$.tasks[0].overdue").value(false))
                .andExpect(jsonPath("$.tasks[0].priorityLevel").value("medium"));
        mvc.perform(get("/api/tasks?view=everything").with(reviewer(WANG)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("view must be one of")));
    }

    @Test
    void theFormShowsTheContentWithItsFindingsHighlighted() throws Exception {
        String page = page(get("/tasks/" + review.id()), WANG);
        assertThat(page).contains("失眠的经验分享", "王芳", "得分 55 / 100", "个人信息", "医疗宣称",
                        "<mark>13800138000</mark>", "<mark>根治</mark>", "id=\"claim-button\"", "id=\"decision-form\"",
                        "id=\"reason-OTHER\"")
                .doesNotContain("id=\"unclaim-button\"");
    }

    @Test
    void aTaskOfAnotherGroupDoesNotExist() throws Exception {
        mvc.perform(get("/tasks/" + review.id()).with(TestUsers.user("fin", "finance")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/tasks/" + review.id() + "/claim").with(csrf()).with(TestUsers.user("fin", "finance")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tasks/2251799813799999").with(reviewer(WANG))).andExpect(status().isNotFound());
        assertThat(engine.commands()).isEmpty();
    }

    @Test
    void theFirstClaimWinsAndTheSecondReviewerIsToldWhoHasIt() throws Exception {
        mvc.perform(post("/tasks/" + review.id() + "/claim").with(csrf()).with(reviewer(WANG)))
                .andExpect(redirectedUrl("/tasks/" + review.id()))
                .andExpect(flash().attribute("notice", "task.notice.claimed"));
        assertThat(engine.findById(review.id()).orElseThrow().assignee()).isEqualTo(WANG);

        mvc.perform(post("/tasks/" + review.id() + "/claim").with(csrf()).with(reviewer(ZHAO)))
                .andExpect(flash().attribute("notice", "task.notice.claimedBy"))
                .andExpect(flash().attribute("noticeArgs", new Object[] {"王磊"}));
        String page = page(get("/tasks/" + review.id()), ZHAO);
        assertThat(page).contains("此任务已由 王磊 认领。").doesNotContain("id=\"claim-button\"", "id=\"decision-form\"");
        assertThat(engine.findById(review.id()).orElseThrow().assignee()).isEqualTo(WANG);
        assertThat(engine.commands()).containsExactly(new Command("claim", review.id(), WANG, null));
    }

    @Test
    void aClaimTheEngineRejectsBecauseSomeoneWasFasterNamesThatReviewer() throws Exception {
        engine.racedBy(ZHAO);
        mvc.perform(post("/tasks/" + review.id() + "/claim").with(csrf()).with(reviewer(WANG)))
                .andExpect(flash().attribute("notice", "task.notice.claimedBy"))
                .andExpect(flash().attribute("noticeArgs", new Object[] {"赵敏"}))
                .andExpect(flash().attribute("noticeDone", false));
        mvc.perform(get("/tasks/" + review.id()).with(reviewer(WANG)).flashAttr("notice", "task.notice.claimedBy")
                        .flashAttr("noticeArgs", new Object[] {"赵敏"}).flashAttr("noticeDone", false))
                .andExpect(model().attribute("claimedByOther", true));
        assertThat(page(get("/tasks/" + review.id()).flashAttr("notice", "task.notice.claimedBy")
                .flashAttr("noticeArgs", new Object[] {"赵敏"}).flashAttr("noticeDone", false), WANG))
                .contains("已被 赵敏 认领", "data-notice=\"claimedBy\"");
        assertThat(engine.findById(review.id()).orElseThrow().assignee()).isEqualTo(ZHAO);
    }

    @Test
    void onlyTheAssigneeDecidesAndGivesBack() throws Exception {
        fixture.assign(review, WANG);
        mvc.perform(complete(review.id(), ZHAO).param("reviewApproved", "true"))
                .andExpect(flash().attribute("notice", "task.notice.decideClaimedBy"))
                .andExpect(flash().attribute("noticeArgs", new Object[] {"王磊"}));
        mvc.perform(post("/tasks/" + review.id() + "/unclaim").with(csrf()).with(reviewer(ZHAO)))
                .andExpect(flash().attribute("notice", "task.notice.notYours"));
        assertThat(engine.commands()).isEmpty();

        mvc.perform(post("/tasks/" + review.id() + "/unclaim").with(csrf()).with(reviewer(WANG)))
                .andExpect(flash().attribute("notice", "task.notice.unclaimed"));
        assertThat(engine.findById(review.id()).orElseThrow().assignee()).isNull();
        mvc.perform(post("/tasks/" + review.id() + "/claim").with(csrf()).with(reviewer(ZHAO)))
                .andExpect(flash().attribute("notice", "task.notice.claimed"));
        assertThat(engine.findById(review.id()).orElseThrow().assignee()).isEqualTo(ZHAO);
    }

    @Test
    void aRejectionNeedsAReasonAndOtherNeedsANoteAndNothingIsSent() throws Exception {
        String page = mvc.perform(complete(review.id(), WANG).param("reviewApproved", "false"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("reviewForm", "reviewReasons",
                        "task.form.reasons.required"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"reviewReasons-error\"", "驳回时请至少选择一个理由。");

        mvc.perform(complete(review.id(), WANG).param("reviewApproved", "false").param("reviewReasons", "OTHER"))
                .andExpect(model().attributeHasFieldErrorCode("reviewForm", "reviewNote", "task.form.note.required"));
        mvc.perform(complete(review.id(), WANG).param("reviewApproved", "false").param("reviewReasons", "HACKED"))
                .andExpect(model().attributeHasFieldErrorCode("reviewForm", "reviewReasons",
                        "task.form.reasons.unknown"));
        mvc.perform(complete(review.id(), WANG).param("reviewNote", "x".repeat(501)))
                .andExpect(model().attributeHasFieldErrorCode("reviewForm", "reviewApproved",
                        "task.form.decision.required"))
                .andExpect(model().attributeHasFieldErrorCode("reviewForm", "reviewNote", "task.form.note.tooLong"));
        assertThat(engine.commands()).isEmpty();
        assertThat(engine.findById(review.id()).orElseThrow().state()).isEqualTo(UserTaskState.CREATED);
    }

    @Test
    void decidingAnUnassignedTaskClaimsItThenCompletesWithTheDecisionVariables() throws Exception {
        mvc.perform(complete(review.id(), WANG).param("reviewApproved", "false")
                        .param("reviewReasons", "PERSONAL_DATA", "MEDICAL_CLAIM").param("reviewNote", "  含电话号码  "))
                .andExpect(redirectedUrl("/tasks?view=completed"))
                .andExpect(flash().attribute("notice", "task.notice.rejected"));
        ReviewDecision decision = new ReviewDecision(false, List.of("PERSONAL_DATA", "MEDICAL_CLAIM"), "含电话号码",
                WANG, "王磊");
        // the engine's completion claims the unassigned task for the reviewer itself
        assertThat(engine.commands()).extracting(Command::name, Command::taskId, Command::userId)
                .containsExactly(tuple("complete", review.id(), WANG));
        assertThat(engine.commands().getLast().decision()).isEqualTo(decision);
        UserTask done = engine.findById(review.id()).orElseThrow();
        assertThat(done.state()).isEqualTo(UserTaskState.COMPLETED);
        assertThat(done.completedBy()).isEqualTo(WANG);
        assertThat(page(get("/tasks?view=completed"), ZHAO)).contains("task-" + review.id(), "王磊");

        mvc.perform(complete(review.id(), WANG).param("reviewApproved", "true"))
                .andExpect(flash().attribute("notice", "task.notice.closed"));
        assertThat(engine.commands()).hasSize(1);
    }

    @Test
    void anApprovalCarriesNoReasons() throws Exception {
        fixture.assign(review, WANG);
        mvc.perform(complete(review.id(), WANG).param("reviewApproved", "true").param("reviewReasons", "OTHER"))
                .andExpect(flash().attribute("notice", "task.notice.approved"));
        assertThat(engine.commands().getLast().decision())
                .isEqualTo(new ReviewDecision(true, List.of(), null, WANG, "王磊"));
    }

    @Test
    void theEarlierReviewerSeesTheAppealReadOnlyAndCannotClaimOrDecideIt() throws Exception {
        UserTask appeal = fixture.contentReview("2251799813700003", "CNT20250101000003", "申诉的帖子",
                ContentReviewProcess.TASK_REVIEW_APPEAL, Duration.ofDays(2), Duration.ofDays(2), 50);
        Content content = contents.findById("CNT20250101000003").orElseThrow();
        content.recordReview(WANG, "王磊", false, List.of("MEDICAL_CLAIM"), "夸大疗效", clock.instant());
        content.reject(List.of("MEDICAL_CLAIM"), "夸大疗效", WANG, "王磊", clock.instant());
        content.appeal("我只是分享个人经验，没有宣传疗效。", clock.instant());
        contents.save(content);

        String page = page(get("/tasks/" + appeal.id()), WANG);
        assertThat(page).contains("审核申诉", "申诉须由另一位审核员决定", "我只是分享个人经验", "夸大疗效")
                .doesNotContain("id=\"claim-button\"", "id=\"decision-form\"");
        mvc.perform(post("/tasks/" + appeal.id() + "/claim").with(csrf()).with(reviewer(WANG)))
                .andExpect(flash().attribute("notice", "task.notice.appealByEarlierReviewer"));
        mvc.perform(complete(appeal.id(), WANG).param("reviewApproved", "true"))
                .andExpect(flash().attribute("notice", "task.notice.appealByEarlierReviewer"));
        assertThat(engine.commands()).isEmpty();

        assertThat(page(get("/tasks/" + appeal.id()), ZHAO)).contains("id=\"claim-button\"", "id=\"decision-form\"");
    }

    @Test
    void anUnreachableEngineChangesNothing() throws Exception {
        engine.failWith(new IllegalStateException("UNAVAILABLE: io exception"));
        mvc.perform(post("/tasks/" + review.id() + "/claim").with(csrf()).with(reviewer(WANG)))
                .andExpect(flash().attribute("notice", "task.notice.unavailable"))
                .andExpect(flash().attribute("noticeDone", false));
        assertThat(engine.findById(review.id()).orElseThrow().assignee()).isNull();
    }

    @Test
    void englishPagesSpeakEnglish() throws Exception {
        assertThat(page(get("/tasks?view=unassigned&lang=en"), WANG)).contains("Review content", "Unassigned",
                "Content review");
    }

    @Test
    void theEnglishCountIsSingularForOneTaskAndCarriesBothFormsForTheLiveRefresh() throws Exception {
        // one unassigned task (the review of the fixture)
        assertThat(page(get("/tasks?view=unassigned&lang=en"), WANG)).containsPattern(
                "id=\"tasks-count\" data-one=\"1 task\" data-many=\"2 tasks\">1 task<");
        fixture.contentReview("2251799813700003", "CNT20250101000003", "第二篇", Duration.ofHours(1),
                Duration.ofHours(47), 70);
        assertThat(page(get("/tasks?view=unassigned&lang=en"), WANG)).contains(">2 tasks<");
    }

    private String page(MockHttpServletRequestBuilder request, String reviewer) throws Exception {
        return mvc.perform(request.with(reviewer(reviewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private static MockHttpServletRequestBuilder complete(String key, String reviewer) {
        return post("/tasks/" + key + "/complete").with(csrf()).with(reviewer(reviewer));
    }

    /** The two reviewers sign in with their names, as Keycloak has them (the directory records them so). */
    private static RequestPostProcessor reviewer(String id) {
        return oidcLogin()
                .idToken(token -> token.subject(id).claim("email", TestUsers.email(id))
                        .claim("name", id.equals(WANG) ? "王磊" : "赵敏").claim("preferred_username", id))
                .authorities(new SimpleGrantedAuthority("ROLE_reviewer"));
    }
}
