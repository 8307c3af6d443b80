package com.careflow.processes;

import static com.careflow.domain.process.ContentReviewProcess.MESSAGE_APPEALED;
import static com.careflow.domain.process.ContentReviewProcess.PROCESS_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.camunda.client.api.CamundaFuture;
import io.camunda.client.api.response.ProcessInstanceResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.domain.process.ContentSubmitted;
import com.careflow.domain.process.ReviewDecision;

/**
 * content-review.bpmn on a real Zeebe 8.6 broker: pass, fail, human review and the one appeal. The review user
 * tasks are claimed and completed through the broker's REST user-task API, as the portal's inbox does, with the
 * due date, follow-up date and priority expressions fed by the pre-screen's output.
 */
class ContentReviewProcessTest {

    @RegisterExtension
    static final ProcessTestBroker broker = new ProcessTestBroker(26970);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PRESCREEN = "PreScreen";

    @Test
    void aClearPassIsPublishedAndTheAuthorTold() {
        Scenario content = broker.scenario("CNT-PASS").on(PRESCREEN, prescreen("PASS", 100));

        Map<String, Object> end = broker.start(PROCESS_ID, submitted(content)).join().getVariablesAsMap();

        assertThat(content.jobs()).containsExactly("ai.prescreen-content", "content.publish",
                "notify.author[content-published]");
        assertThat(content.last("Publish").header(ContentReviewProcess.HEADER_SOURCE)).isEqualTo("ai");
        assertThat(end).containsEntry("prescreenVerdict", "PASS");
    }

    @Test
    void aClearFailIsRejectedAndTheAppealWindowClosesAfter14Days() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        broker.pinClock(now);
        Scenario content = broker.scenario("CNT-FAIL").on(PRESCREEN, prescreen("FAIL", 20));
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, submitted(content));
        broker.awaitJob(content, "TellRejected");

        broker.moveClockUntilDone(now.plus(Duration.ofDays(14)).plusSeconds(1), done);

        assertThat(content.jobs()).containsExactly("ai.prescreen-content", "content.reject",
                "notify.author[content-rejected]");
        assertThat(content.last("Reject").header(ContentReviewProcess.HEADER_SOURCE)).isEqualTo("ai");
        assertThat(done.join().getVariablesAsMap()).doesNotContainKey("appealed");
    }

    @Test
    void anUnclearPieceIsReviewedThenTheAppealGoesToAnotherReviewerWhoPublishes() {
        Scenario content = broker.scenario("CNT-REVIEW")
                .on(PRESCREEN, prescreen("REVIEW", 55))
                .on("Reopen", Reply.complete(schedule(75)));
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, submitted(content));
        broker.awaitJob(content, PRESCREEN);

        long review = broker.claimUserTask(content, "rev-1");
        assertThat(broker.claim(review, "rev-2").statusCode()).as("claimed by rev-1 already").isEqualTo(409);
        broker.completeUserTask(review, decision(new ReviewDecision(false, List.of("OFF_TOPIC", "OTHER"),
                "与健康服务无关", "rev-1", "周敏")));
        broker.awaitJob(content, "TellRejected");

        broker.publish(MESSAGE_APPEALED, content.orderNumber(), Map.of("appealed", true,
                "appealReason", "内容与陪诊服务相关，请复核。"));
        broker.awaitJob(content, "Reopen");
        long appeal = broker.claimUserTask(content, "rev-2");
        assertThat(appeal).isNotEqualTo(review);
        broker.completeUserTask(appeal, decision(new ReviewDecision(true, List.of(), "理由成立", "rev-2", "赵敏")));

        Map<String, Object> end = done.join().getVariablesAsMap();
        assertThat(content.jobs()).containsExactly("ai.prescreen-content", "content.reject",
                "notify.author[content-rejected]", "content.reopen", "content.publish",
                "notify.author[content-published]");
        JobCall rejected = content.last("RejectReviewed");
        assertThat(rejected.header(ContentReviewProcess.HEADER_SOURCE)).isEqualTo("reviewer");
        assertThat(rejected.variables()).containsEntry("reviewerId", "rev-1")
                .containsEntry("reviewReasons", List.of("OFF_TOPIC", "OTHER")).containsEntry("reviewApproved", false);
        JobCall published = content.last("PublishReviewed");
        assertThat(published.header(ContentReviewProcess.HEADER_SOURCE)).isEqualTo("reviewer");
        assertThat(published.variables()).containsEntry("reviewerId", "rev-2").containsEntry("reviewerName", "赵敏")
                .containsEntry("appealReason", "内容与陪诊服务相关，请复核。");
        assertThat(end).containsEntry("appealed", true).containsEntry("reviewApproved", true);
    }

    @Test
    void anAppealRejectedAgainIsFinal() {
        Scenario content = broker.scenario("CNT-APPEAL-NO")
                .on(PRESCREEN, prescreen("FAIL", 10))
                .on("Reopen", Reply.complete(schedule(75)));
        CamundaFuture<ProcessInstanceResult> done = broker.start(PROCESS_ID, submitted(content));
        broker.awaitJob(content, "TellRejected");

        broker.publish(MESSAGE_APPEALED, content.orderNumber(), Map.of("appealed", true, "appealReason", "请复核"));
        broker.awaitJob(content, "Reopen");
        long appeal = broker.claimUserTask(content, "rev-2");
        broker.completeUserTask(appeal, decision(new ReviewDecision(false, List.of("BANNED_TERMS"), null, "rev-2",
                "赵敏")));

        done.join();
        assertThat(content.elements()).containsExactly(PRESCREEN, "Reject", "TellRejected", "Reopen",
                "RejectReviewed", "TellRejected");
        assertThat(content.last("TellRejected").variables()).containsEntry("reviewReasons", List.of("BANNED_TERMS"));
    }

    private static Map<String, Object> submitted(Scenario content) {
        ContentSubmitted start = new ContentSubmitted(content.orderNumber(), "author-1", "POST");
        return Map.of("contentId", start.contentId(), "authorId", start.authorId(), "kind", start.kind());
    }

    private static Reply prescreen(String verdict, int score) {
        return Reply.complete(prescreen(verdict, score, null));
    }

    /** What the ai worker outputs; {@code dueDate} overrides the (valid, offset) due date. */
    private static Map<String, Object> prescreen(String verdict, int score, String dueDate) {
        Map<String, Object> output = new HashMap<>(schedule(100 - score));
        output.put("prescreenVerdict", verdict);
        output.put("prescreenScore", score);
        if (dueDate != null) {
            output.put("reviewDueDate", dueDate);
        }
        return output;
    }

    /** Due in two days, follow-up in one, China time with its offset, as ReviewSchedule writes them. */
    private static Map<String, Object> schedule(int priority) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.ofHours(8)).truncatedTo(ChronoUnit.SECONDS);
        return Map.of("reviewDueDate", now.plusDays(2).toString(), "reviewFollowUpDate", now.plusDays(1).toString(),
                "reviewPriority", priority);
    }

    private static String decision(ReviewDecision decision) {
        try {
            return JSON.writeValueAsString(decision);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
