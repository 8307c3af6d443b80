package com.careflow.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import com.careflow.domain.process.ReviewSchedule;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import io.camunda.client.exception.JobError;

/** The review worker's jobs in its real Spring context on an in-process Mongo server, called like the client. */
@SpringBootTest(classes = ReviewWorkerApplication.class, properties = {
        "camunda.client.enabled=false",
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
        DecisionInput decision = new DecisionInput("CNT-3", false, List.of("MEDICAL_CLAIM", "OTHER"),
                "请删除疗效承诺", "rev-1", "周敏", null);

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

        ReviewSchedule schedule = worker.reopen(ref("CNT-4"));
        worker.reopen(ref("CNT-4"));

        assertThat(schedule.reviewPriority()).isEqualTo(75);
        assertThat(Duration.between(OffsetDateTime.parse(schedule.reviewFollowUpDate()),
                OffsetDateTime.parse(schedule.reviewDueDate()))).isEqualTo(Duration.ofDays(1));
        assertThat(contents.findById("CNT-4").orElseThrow().getStatus()).isEqualTo(ContentStatus.UNDER_REVIEW);

        JobError sameReviewer = catchThrowableOfType(JobError.class, () -> worker.publish(
                new DecisionInput("CNT-4", true, List.of(), null, "rev-1", "周敏", null), REVIEWER));
        assertThat(sameReviewer.getErrorMessage()).isEqualTo("Cannot publish content CNT-4: the appeal must be "
                + "decided by another reviewer than 周敏, who made the first decision");
        assertThat(sameReviewer.getRetries()).isZero();

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
        JobError unknown = catchThrowableOfType(JobError.class, () -> worker.publish(ref("CNT-NONE"), AI));
        assertThat(unknown.getErrorMessage()).isEqualTo("Cannot publish content CNT-NONE: content CNT-NONE does "
                + "not exist");
        assertThat(unknown.getRetries()).isZero();

        save("CNT-5", PrescreenVerdict.REVIEW, List.of());
        JobError noDecision = catchThrowableOfType(JobError.class, () -> worker.reject(ref("CNT-5"), REVIEWER));
        assertThat(noDecision.getErrorMessage()).startsWith("Cannot reject content CNT-5: variables reviewerId");
        JobError noReason = catchThrowableOfType(JobError.class, () -> worker.reject(
                new DecisionInput("CNT-5", false, List.of(), null, "rev-1", "周敏", null), REVIEWER));
        assertThat(noReason.getErrorMessage()).contains("needs at least one reason");
        assertThat(contents.findById("CNT-5").orElseThrow().getStatus()).isEqualTo(ContentStatus.UNDER_REVIEW);
    }

    @Test
    void mongoTroubleIsRetriedWithBackoff() {
        InProcessMongo.SERVER.shutdownNow();
        try {
            JobError down = catchThrowableOfType(JobError.class, () -> worker.publish(ref("CNT-1"), AI));

            assertThat(down.getErrorMessage()).startsWith("Failed to publish content CNT-1, will retry");
            assertThat(down.getRetries()).isNull();
            assertThat(down.getRetryBackoff()).isEqualTo(Duration.ofSeconds(10));
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
