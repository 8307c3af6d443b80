package com.careflow.processes;

import static com.careflow.domain.process.ContentReviewProcess.MESSAGE_APPEALED;
import static com.careflow.domain.process.ContentReviewProcess.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.operaton.bpm.engine.TaskAlreadyClaimedException;
import org.operaton.bpm.engine.task.IdentityLink;
import org.operaton.bpm.engine.task.IdentityLinkType;
import org.operaton.bpm.engine.task.Task;

import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.ContentSubmitted;
import com.careflow.domain.process.ReviewDecision;

/**
 * content-review.bpmn: pass, fail, human review and the one appeal. The review user tasks are claimed and completed
 * through the engine's TaskService, as the portal's inbox does, with the due date, follow-up date and priority
 * expressions fed by the pre-screen's output.
 */
class ContentReviewProcessTest extends ProcessTest {

    private static final String PRESCREEN = "PreScreen";

    private Instant now;

    @BeforeEach
    void pinTheClock() {
        now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        driver.pinClock(now);
    }

    @Test
    void aClearPassIsPublishedAndTheAuthorTold() {
        Scenario content = driver.scenario("CNT-PASS").on(PRESCREEN, prescreen("PASS", 100));

        String id = driver.start(PROCESS_ID, content, submitted(content));

        assertThat(driver.endedAt(id)).isEqualTo("ContentPublished");
        assertThat(content.jobs()).containsExactly("ai.prescreen-content", "content.publish",
                "notify.author[content-published]");
        assertThat(content.last("Publish").header(ContentReviewProcess.HEADER_SOURCE)).isEqualTo("ai");
        assertThat(driver.variables(id)).containsEntry("prescreenVerdict", "PASS");
    }

    @Test
    void aClearFailIsRejectedAndTheAppealWindowClosesAfter14Days() {
        Scenario content = driver.scenario("CNT-FAIL").on(PRESCREEN, prescreen("FAIL", 20));
        String id = driver.start(PROCESS_ID, content, submitted(content));

        driver.moveClockTo(now.plus(Duration.ofDays(14)).minusSeconds(1));
        assertThat(driver.finished(id)).as("the author may still appeal").isNull();
        driver.moveClockTo(now.plus(Duration.ofDays(14)).plusSeconds(1));

        assertThat(driver.endedAt(id)).isEqualTo("NoAppeal");
        assertThat(content.jobs()).containsExactly("ai.prescreen-content", "content.reject",
                "notify.author[content-rejected]");
        assertThat(content.last("Reject").header(ContentReviewProcess.HEADER_SOURCE)).isEqualTo("ai");
        assertThat(driver.variables(id)).doesNotContainKey("appealed");
    }

    @Test
    void anUnclearPieceIsReviewedThenTheAppealGoesToAnotherReviewerWhoPublishes() {
        Scenario content = driver.scenario("CNT-REVIEW")
                .on(PRESCREEN, prescreen("REVIEW", 55))
                .on("Reopen", Reply.complete(ReviewVariables.schedule(now, 75)));
        String id = driver.start(PROCESS_ID, content, submitted(content));

        Task review = driver.userTask(content.businessKey());
        assertReviewTask(review, ContentReviewProcess.TASK_REVIEW, 45);
        ENGINE.getTaskService().claim(review.getId(), "rev-1");
        assertThatThrownBy(() -> ENGINE.getTaskService().claim(review.getId(), "rev-2"))
                .as("claimed by rev-1 already").isInstanceOf(TaskAlreadyClaimedException.class);
        driver.completeUserTask(review, ReviewVariables.decision(new ReviewDecision(false,
                List.of("OFF_TOPIC", "OTHER"), "与健康服务无关", "rev-1", "周敏")));

        driver.send(MESSAGE_APPEALED, content.businessKey(), Map.of("appealed", true,
                "appealReason", "内容与陪诊服务相关，请复核。"));
        Task appeal = driver.userTask(content.businessKey());
        assertReviewTask(appeal, ContentReviewProcess.TASK_REVIEW_APPEAL, 75);
        assertThat(appeal.getId()).isNotEqualTo(review.getId());
        ENGINE.getTaskService().claim(appeal.getId(), "rev-2");
        driver.completeUserTask(appeal, ReviewVariables.decision(new ReviewDecision(true, List.of(), "理由成立",
                "rev-2", "赵敏")));

        assertThat(driver.endedAt(id)).isEqualTo("ContentPublished");
        assertThat(content.jobs()).containsExactly("ai.prescreen-content", "content.reject",
                "notify.author[content-rejected]", "content.reopen", "content.publish",
                "notify.author[content-published]");
        TaskCall rejected = content.last("RejectReviewed");
        assertThat(rejected.header(ContentReviewProcess.HEADER_SOURCE)).isEqualTo("reviewer");
        assertThat(rejected.variables()).containsEntry("reviewerId", "rev-1")
                .containsEntry("reviewReasons", "[\"OFF_TOPIC\",\"OTHER\"]").containsEntry("reviewApproved", false);
        TaskCall published = content.last("PublishReviewed");
        assertThat(published.header(ContentReviewProcess.HEADER_SOURCE)).isEqualTo("reviewer");
        assertThat(published.variables()).containsEntry("reviewerId", "rev-2").containsEntry("reviewerName", "赵敏")
                .containsEntry("appealReason", "内容与陪诊服务相关，请复核。");
        assertThat(driver.variables(id)).containsEntry("appealed", true).containsEntry("reviewApproved", true);
    }

    @Test
    void anAppealRejectedAgainIsFinal() {
        Scenario content = driver.scenario("CNT-APPEAL-NO")
                .on(PRESCREEN, prescreen("FAIL", 10))
                .on("Reopen", Reply.complete(ReviewVariables.schedule(now, 75)));
        String id = driver.start(PROCESS_ID, content, submitted(content));

        driver.send(MESSAGE_APPEALED, content.businessKey(), Map.of("appealed", true, "appealReason", "请复核"));
        Task appeal = driver.userTask(content.businessKey());
        ENGINE.getTaskService().claim(appeal.getId(), "rev-2");
        driver.completeUserTask(appeal, ReviewVariables.decision(new ReviewDecision(false, List.of("BANNED_TERMS"),
                null, "rev-2", "赵敏")));

        assertThat(driver.endedAt(id)).isEqualTo("RejectionFinal");
        assertThat(content.elements()).containsExactly(PRESCREEN, "Reject", "TellRejected", "Reopen",
                "RejectReviewed", "TellRejected");
        assertThat(content.last("TellRejected").variables()).containsEntry("reviewReasons", "[\"BANNED_TERMS\"]");
        assertThat(driver.passed(content.businessKey())).contains("AppealedAlready").doesNotContain("NoAppeal");
    }

    /** The task the inbox shows: its form (element id), the reviewer group, and the schedule the step before set. */
    private static void assertReviewTask(Task task, String elementId, int priority) {
        Map<String, Object> schedule = ENGINE.getRuntimeService().getVariables(task.getExecutionId());
        assertThat(task.getTaskDefinitionKey()).isEqualTo(elementId);
        assertThat(ENGINE.getTaskService().getIdentityLinksForTask(task.getId()))
                .filteredOn(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
                .extracting(IdentityLink::getGroupId).containsExactly("reviewer");
        assertThat(task.getDueDate()).isEqualTo(ReviewVariables.date(schedule.get("reviewDueDate")));
        assertThat(task.getFollowUpDate()).isEqualTo(ReviewVariables.date(schedule.get("reviewFollowUpDate")));
        assertThat(task.getPriority()).isEqualTo(priority);
    }

    private static Map<String, Object> submitted(Scenario content) {
        ContentSubmitted start = new ContentSubmitted(content.businessKey(), "author-1", "POST");
        return Map.of("contentId", start.contentId(), "authorId", start.authorId(), "kind", start.kind());
    }

    /** What the ai worker outputs: verdict, score and the review task's schedule. */
    private Reply prescreen(String verdict, int score) {
        Map<String, Object> output = new HashMap<>(ReviewVariables.schedule(now, 100 - score));
        output.put("prescreenVerdict", verdict);
        output.put("prescreenScore", score);
        return Reply.complete(output);
    }
}
