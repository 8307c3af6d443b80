package com.careflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfiguration;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.content.ContentReview;
import com.careflow.domain.content.ContentStatus;
import com.careflow.domain.content.Contents;
import com.careflow.domain.content.Finding;
import com.careflow.domain.content.FindingType;
import com.careflow.domain.content.Prescreen;
import com.careflow.domain.content.PrescreenVerdict;
import com.careflow.worker.TaskFailure;
import com.careflow.worker.TaskVariables;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/** The review worker's topics in its real Spring context on an in-process Mongo server, called like the subscription. */
@SpringBootTest(classes = ReviewWorkerApplication.class, properties = {
        "careflow.worker.engine.enabled=false",
        "careflow.demo-data=false" })
@ContextConfiguration(initializers = ReviewWorkerTest.InProcessMongo.class)
class ReviewWorkerTest {

    static final Map<String, String> AI = Map.of("source", "ai");
    static final Map<String, String> REVIEWER = Map.of("source", "reviewer");

    @Autowired
    ContentDecisionWorker worker;
    @Autowired
    Contents contents;

    @BeforeEach
    void clean() {
        contents.deleteAll();
    }

    @Test
    void aClearPassIsPublishedByTheAi() {
        save("CNT-1", PrescreenVerdict.PASS, List.of());

        worker.publish(ref("CNT-1"), AI);
        worker.publish(ref("CNT-1"), AI);

        Content content = contents.findById("CNT-1").orElseThrow();
        assertThat(content.getStatus()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(content.getEvents()).filteredOn(e -> e.status() == ContentStatus.PUBLISHED).singleElement()
                .satisfies(e -> assertThat(e.actorId()).isEqualTo("ai-worker"));
        assertThat(content.getReviews()).isEmpty();
    }

    @Test
    void anAiRejectionCarriesTheFindingsReasons() {
        save("CNT-2", PrescreenVerdict.FAIL, List.of(Finding.of(FindingType.BANNED_TERM, "…赌博…"),
                Finding.of(FindingType.PERSONAL_DATA, "13800138000")));

        worker.reject(ref("CNT-2"), AI);

        Content content = contents.findById("CNT-2").orElseThrow();
        assertThat(content.getStatus()).isEqualTo(ContentStatus.REJECTED);
        assertThat(content.getRejectionReasons()).containsExactly("BANNED_TERMS", "PERSONAL_DATA");
        assertThat(content.canAppeal()).isTrue();
    }

    @Test
    void aReviewersRejectionIsRecordedOnceWithReasonsAndNote() {
        save("CNT-3", PrescreenVerdict.REVIEW, List.of(Finding.of(FindingType.MEDICAL_CLAIM, "根治")));
        // as the engine hands the variables over: the reasons list as JSON text
        DecisionInput decision = TaskVariables.read(Map.of("contentId", "CNT-3", "reviewApproved", false,
                "reviewReasons", "[\"MEDICAL_CLAIM\",\"OTHER\"]", "reviewNote", "请删除疗效承诺", "reviewerId", "rev-1",
                "reviewerName", "周敏"), DecisionInput.class);

        worker.reject(decision, REVIEWER);
        worker.reject(decision, REVIEWER);

        Content content = contents.findById("CNT-3").orElseThrow();
        assertThat(content.getRejectionReasons()).containsExactly("MEDICAL_CLAIM", "OTHER");
        assertThat(content.getRejectionNote()).isEqualTo("请删除疗效承诺");
        assertThat(content.getReviews()).singleElement().satisfies(r -> {
            assertThat(r.reviewerName()).isEqualTo("周敏", null);
            assertThat(r.approved()).isFalse();
        });
    }

    @Test
    void anAppealIsReopenedScheduledAndDecidedByAnotherReviewer() {
        save("CNT-4", PrescreenVerdict.REVIEW, List.of());
        worker.reject(new DecisionInput("CNT-4", false, List.of("OFF_TOPIC"), null, "rev-1", "周敏", null), REVIEWER);
        Content rejected = contents.findById("CNT-4").orElseThrow();
        rejected.appeal("内容与陪诊相关，请复核。", Instant.now());
        contents.save(rejected);

        TaskSchedule schedule = worker.reopen(ref("CNT-4"));
        worker.reopen(ref("CNT-4"));

        assertThat(schedule.reviewPriority()).isEqualTo(75);
        assertThat(Duration.between(schedule.reviewFollowUpDate(), schedule.reviewDueDate()))
                .isEqualTo(Duration.ofDays(1));
        assertThat(Duration.between(Instant.now(), schedule.reviewDueDate())).as("due in two days")
                .isBetween(Duration.ofHours(47), Duration.ofHours(48));
        assertThat(contents.findById("CNT-4").orElseThrow().getStatus()).isEqualTo(ContentStatus.UNDER_REVIEW);

        TaskFailure sameReviewer = catchThrowableOfType(TaskFailure.class, () -> worker.publish(
                new DecisionInput("CNT-4", true, List.of(), null, "rev-1", "周敏", null), REVIEWER));
        assertThat(sameReviewer.getMessage()).isEqualTo("Cannot publish content CNT-4: the appeal must be "
                + "decided by another reviewer than 周敏, who made the first decision");
        assertThat(sameReviewer.retryable()).isFalse();

        worker.publish(new DecisionInput("CNT-4", true, List.of(), "理由成立", "rev-2", "赵敏", null), REVIEWER);
        Content content = contents.findById("CNT-4").orElseThrow();
        assertThat(content.getStatus()).isEqualTo(ContentStatus.PUBLISHED);
        assertThat(content.getReviews()).extracting(ContentReview::reviewerId, ContentReview::approved,
                ContentReview::appeal).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("rev-1", false, false),
                        org.assertj.core.groups.Tuple.tuple("rev-2", true, true));
    }

    @Test
    void aReopenThatOvertakesThePortalRecordsTheAppealFromTheMessage() {
        save("CNT-6", PrescreenVerdict.FAIL, List.of(Finding.of(FindingType.BANNED_TERM, "赌博")));
        worker.reject(ref("CNT-6"), AI);

        worker.reopen(new DecisionInput("CNT-6", null, null, null, null, null, "说的是反赌宣传，请复核"));

        Content content = contents.findById("CNT-6").orElseThrow();
        assertThat(content.isAppealed()).isTrue();
        assertThat(content.getAppealReason()).isEqualTo("说的是反赌宣传，请复核");
        assertThat(content.getStatus()).isEqualTo(ContentStatus.UNDER_REVIEW);
    }

    @Test
    void unknownContentAndMissingDecisionsRaiseIncidentsAtOnce() {
        TaskFailure unknown = catchThrowableOfType(TaskFailure.class, () -> worker.publish(ref("CNT-NONE"), AI));
        assertThat(unknown.getMessage()).isEqualTo("Cannot publish content CNT-NONE: content CNT-NONE does "
                + "not exist");
        assertThat(unknown.retryable()).isFalse();

        save("CNT-5", PrescreenVerdict.REVIEW, List.of());
        TaskFailure noDecision = catchThrowableOfType(TaskFailure.class, () -> worker.reject(ref("CNT-5"), REVIEWER));
        assertThat(noDecision.getMessage()).startsWith("Cannot reject content CNT-5: variables reviewerId");
        TaskFailure noReason = catchThrowableOfType(TaskFailure.class, () -> worker.reject(
                new DecisionInput("CNT-5", false, List.of(), null, "rev-1", "周敏", null), REVIEWER));
        assertThat(noReason.getMessage()).contains("needs at least one reason");
        assertThat(contents.findById("CNT-5").orElseThrow().getStatus()).isEqualTo(ContentStatus.UNDER_REVIEW);
    }

    @Test
    void mongoTroubleIsRetriedWithBackoff() {
        InProcessMongo.SERVER.shutdownNow();
        try {
            TaskFailure down = catchThrowableOfType(TaskFailure.class, () -> worker.publish(ref("CNT-1"), AI));

            assertThat(down.getMessage()).startsWith("Failed to publish content CNT-1, will retry");
            assertThat(down.retryable()).isTrue();
            assertThat(down.backoff()).isEqualTo(Duration.ofSeconds(10));
        } finally {
            InProcessMongo.SERVER.bind(InProcessMongo.HOST, InProcessMongo.PORT);
        }
    }

    private static DecisionInput ref(String id) {
        return new DecisionInput(id, null, null, null, null, null, null);
    }

    private void save(String id, PrescreenVerdict verdict, List<Finding> findings) {
        Content content = Content.submit(id, ContentKind.ARTICLE, "标题 " + id, "正文内容足够长的一段文字。",
                new Content.Author("u-1", "王芳", "customer@careflow.local", "customer"), "zh-CN", Instant.now());
        Prescreen prescreen = new Prescreen(verdict, verdict == PrescreenVerdict.PASS ? 100 : 30, findings);
        content.recordPrescreen(prescreen, "ai-worker", Instant.now());
        if (verdict == PrescreenVerdict.REVIEW) {
            content.markUnderReview("ai-worker", Instant.now());
        }
        contents.save(content);
    }

    static class InProcessMongo implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        static final String HOST = "127.0.0.1";
        static final int PORT = freePort();
        static final MongoServer SERVER = new MongoServer(new MemoryBackend());

        static {
            SERVER.bind(HOST, PORT);
        }

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            // short timeouts: the outage test should fail fast, as the driver would after its own timeout
            TestPropertyValues.of("spring.data.mongodb.uri=mongodb://" + HOST + ":" + PORT
                    + "/review-test?serverSelectionTimeoutMS=1000&connectTimeoutMS=1000")
                    .applyTo(context);
        }

        private static int freePort() {
            try (var socket = new java.net.ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }
}
