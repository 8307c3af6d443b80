package com.careflow.portal.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.content.ContentStatus;
import com.careflow.domain.content.Contents;
import com.careflow.domain.content.Finding;
import com.careflow.domain.content.FindingType;
import com.careflow.domain.content.Prescreen;
import com.careflow.domain.content.PrescreenVerdict;
import com.careflow.domain.process.ContentSubmitted;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** Writing content, following its review and appealing, through the real web layer and Mongo. */
@PortalWebMvcTest
class ContentControllerTest {

    static final String BODY = "第一次带父母去医院复查，提前一天挂号，带好医保卡和既往病历。";

    @Autowired
    MockMvc mvc;
    @Autowired
    Contents contents;
    @Autowired
    RecordingContentProcess process;
    @Autowired
    Clock clock;

    @BeforeEach
    void clean() {
        contents.deleteAll();
        process.reset();
    }

    @Test
    void theFormOffersTheKinds() throws Exception {
        mvc.perform(get("/content/new").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"content-form\"")))
                .andExpect(content().string(containsString("value=\"ANSWER\"")));
    }

    @Test
    void aSubmissionIsSavedAndItsReviewStarted() throws Exception {
        mvc.perform(post("/content").with(TestUsers.user("provider")).with(csrf())
                        .param("kind", "ARTICLE").param("title", "  陪诊经验分享  ").param("body", BODY))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/content/mine"))
                .andExpect(flash().attribute("notice", "content.notice.submitted"));

        Content saved = contents.findByAuthorIdOrderBySubmittedAtDesc("provider").getFirst();
        assertThat(saved.getId()).matches("CNT\\d{14}");
        assertThat(saved.getTitle()).isEqualTo("陪诊经验分享");
        assertThat(saved.getAuthorRole()).isEqualTo("provider");
        assertThat(saved.getAuthorEmail()).isEqualTo("provider@careflow.local");
        assertThat(saved.getStatus()).isEqualTo(ContentStatus.SUBMITTED);
        assertThat(saved.getProcessInstanceId()).isNotNull();
        assertThat(process.started()).containsExactly(new ContentSubmitted(saved.getId(), "provider", "ARTICLE"));
    }

    @Test
    void badInputShowsFieldErrorsInTheUsersLanguageAndSavesNothing() throws Exception {
        mvc.perform(post("/content").with(TestUsers.user("customer")).with(csrf())
                        .param("kind", "ARTICLE").param("title", "短").param("body", "太短了"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("contentForm", "title", "body"))
                .andExpect(content().string(containsString("id=\"title-error\"")))
                .andExpect(content().string(containsString("标题需 4–120 个字")));
        mvc.perform(post("/content").with(TestUsers.user("customer")).with(csrf())
                        .cookie(new Cookie("careflow-lang", "en"))
                        .param("kind", "NOVEL").param("title", "").param("body", BODY))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("contentForm", "kind", "title"))
                .andExpect(content().string(containsString("Enter a title")));

        assertThat(contents.count()).isZero();
        assertThat(process.started()).isEmpty();
    }

    @Test
    void anUnreachableEngineKeepsNothing() throws Exception {
        process.failWith(new IllegalStateException("engine down"));

        mvc.perform(post("/content").with(TestUsers.user("customer")).with(csrf())
                        .param("kind", "POST").param("title", "周末义诊活动").param("body", BODY))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("审核服务暂时不可用")));

        assertThat(contents.count()).isZero();
    }

    @Test
    void myPostsShowStatusFindingsReasonsAndTheLinkOncePublished() throws Exception {
        Content published = save("CNT-MINE-1", "customer");
        published.publish("ai-worker", "ai-worker", clock.instant());
        contents.save(published);
        save(rejected("CNT-MINE-2", "customer"));
        save("CNT-OTHER", "provider");

        String page = mvc.perform(get("/content/mine").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"content-link-CNT-MINE-1\"", "href=\"/community/CNT-MINE-1\"",
                "id=\"content-status-CNT-MINE-2\"", "含有个人信息", "13800138000", "id=\"appeal-form-CNT-MINE-2\"")
                .doesNotContain("CNT-OTHER", "id=\"content-link-CNT-MINE-2\"");
    }

    @Test
    void anAppealIsSentOnceAndRecorded() throws Exception {
        save(rejected("CNT-AP", "customer"));

        mvc.perform(post("/content/CNT-AP/appeal").with(TestUsers.user("customer")).with(csrf())
                        .param("reason", "这是正规医院的公开电话，不是个人信息。"))
                .andExpect(redirectedUrl("/content/mine"))
                .andExpect(flash().attribute("notice", "content.notice.appealed"));
        mvc.perform(post("/content/CNT-AP/appeal").with(TestUsers.user("customer")).with(csrf())
                        .param("reason", "再申诉一次，请再看看。"))
                .andExpect(redirectedUrl("/content/mine"))
                .andExpect(flash().attribute("notice", "content.notice.appealClosed"));

        assertThat(process.appeals()).containsExactly(new RecordingContentProcess.Appeal("appeal:CNT-AP", "CNT-AP",
                "这是正规医院的公开电话，不是个人信息。"));
        Content content = contents.findById("CNT-AP").orElseThrow();
        assertThat(content.isAppealed()).isTrue();
        assertThat(content.getAppealReason()).isEqualTo("这是正规医院的公开电话，不是个人信息。");
        mvc.perform(get("/content/mine").with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("id=\"content-appealed-CNT-AP\"")))
                .andExpect(content().string(not(containsString("id=\"appeal-form-CNT-AP\""))));
    }

    @Test
    void anEmptyPostShowsOneMessagePerField() throws Exception {
        MvcResult result = mvc.perform(post("/content").with(TestUsers.user("customer")).with(csrf())
                        .param("kind", "POST").param("title", "").param("body", "   "))
                .andExpect(status().isOk())
                .andReturn();
        BindingResult errors = errors(result, "contentForm");
        // blank is missing, reported by @NotBlank alone: not also as too short
        assertThat(errors.getFieldErrors("title")).extracting(FieldError::getCode).containsExactly("NotBlank");
        assertThat(errors.getFieldErrors("body")).extracting(FieldError::getCode).containsExactly("NotBlank");
        assertThat(result.getResponse().getContentAsString()).contains("请填写标题", "请填写正文")
                .doesNotContain("标题需", "正文需");
        // text that is there but too short still says so
        assertThat(errors(mvc.perform(post("/content").with(TestUsers.user("customer")).with(csrf())
                        .param("kind", "POST").param("title", " 短 ").param("body", BODY)).andReturn(), "contentForm")
                .getFieldErrors("title")).extracting(FieldError::getCode).containsExactly("Size");
        assertThat(contents.count()).isZero();
    }

    @Test
    void anEmptyAppealShowsOneMessage() throws Exception {
        save(rejected("CNT-AP4", "customer"));
        String page = mvc.perform(post("/content/CNT-AP4/appeal").with(TestUsers.user("customer")).with(csrf())
                        .param("reason", " "))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("请说明申诉理由").doesNotContain("申诉理由需");
        assertThat(process.appeals()).isEmpty();
    }

    @Test
    void aShortAppealShowsItsFieldErrorAndSendsNothing() throws Exception {
        save(rejected("CNT-AP2", "customer"));

        mvc.perform(post("/content/CNT-AP2/appeal").with(TestUsers.user("customer")).with(csrf())
                        .param("reason", "不对"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"appeal-reason-error-CNT-AP2\"")))
                .andExpect(content().string(containsString("申诉理由需 10–500 个字")));

        assertThat(process.appeals()).isEmpty();
        assertThat(contents.findById("CNT-AP2").orElseThrow().isAppealed()).isFalse();
    }

    @Test
    void someoneElsesContentIsNotFound() throws Exception {
        save(rejected("CNT-AP3", "customer"));

        mvc.perform(post("/content/CNT-AP3/appeal").with(TestUsers.user("provider")).with(csrf())
                        .param("reason", "这不是我的内容，但我想申诉。"))
                .andExpect(status().isNotFound());

        assertThat(process.appeals()).isEmpty();
    }

    @Test
    void theCommunityIsPublicAndShowsPublishedContentOnly() throws Exception {
        Content published = save("CNT-PUB", "provider");
        published.publish("rev-1", "周敏", clock.instant());
        contents.save(published);
        save("CNT-WAIT", "customer");

        mvc.perform(get("/community"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"community-link-CNT-PUB\"")))
                .andExpect(content().string(not(containsString("CNT-WAIT"))));
        mvc.perform(get("/community/CNT-PUB"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BODY)))
                .andExpect(content().string(containsString("服务者")));
        mvc.perform(get("/community/CNT-WAIT")).andExpect(status().isNotFound());
        mvc.perform(get("/community/CNT-NONE")).andExpect(status().isNotFound());
    }

    @Test
    void theCommunityPagesNewestFirst() throws Exception {
        for (int i = 0; i < CommunityController.PAGE_SIZE + 2; i++) {
            Content c = save("CNT-P" + String.format("%02d", i), "customer");
            c.publish("ai-worker", "ai-worker", clock.instant().plusSeconds(i));
            contents.save(c);
        }

        mvc.perform(get("/community"))
                .andExpect(content().string(containsString("CNT-P11")))
                .andExpect(content().string(not(containsString("CNT-P01\""))))
                .andExpect(content().string(containsString("id=\"community-next\"")));
        mvc.perform(get("/community").param("page", "1"))
                .andExpect(content().string(containsString("CNT-P00")))
                .andExpect(content().string(containsString("id=\"community-prev\"")));
    }

    private Content save(String id, String author) {
        return contents.save(Content.submit(id, ContentKind.POST, "标题 " + id, BODY,
                new Content.Author(author, "Demo " + author, author + "@careflow.local", author), "zh-CN",
                clock.instant()));
    }

    private Content rejected(String id, String author) {
        Content content = save(id, author);
        content.recordPrescreen(new Prescreen(PrescreenVerdict.REVIEW, 75,
                List.of(Finding.of(FindingType.PERSONAL_DATA, "…电话 13800138000…"))), "ai-worker", clock.instant());
        content.markUnderReview("ai-worker", clock.instant());
        content.reject(List.of("PERSONAL_DATA"), null, "rev-1", "周敏", clock.instant());
        return content;
    }

    private void save(Content content) {
        contents.save(content);
    }

    private static BindingResult errors(MvcResult result, String form) {
        return (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + form);
    }
}
