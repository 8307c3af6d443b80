package com.careflow.ai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.content.ContentStatus;
import com.careflow.domain.content.Contents;
import com.careflow.domain.content.PrescreenVerdict;
import com.careflow.worker.TaskFailure;
import com.careflow.worker.TaskVariables;

/** The pre-screen job in the ai worker's real Spring context on an in-process Mongo server. */
@SpringBootTest(classes = AiWorkerApplication.class, properties = {
        "careflow.worker.engine.enabled=false",
        "careflow.demo-data=false" })
@ContextConfiguration(initializers = RankWorkerTest.InProcessMongo.class)
class PrescreenWorkerTest {

    @Autowired
    PrescreenWorker worker;
    @Autowired
    Contents contents;

    @BeforeEach
    void clean() {
        contents.deleteAll();
    }

    @Test
    void aDoubtfulPieceGoesUnderReviewWithItsSchedule() {
        save("CNT-R", "这个方子能根治高血压，有需要加我微信。");

        PrescreenResult result = worker.prescreen(new PrescreenInput("CNT-R"));

        assertThat(result.prescreenVerdict()).isEqualTo("REVIEW");
        assertThat(result.prescreenScore()).isEqualTo(70);
        assertThat(result.reviewPriority()).isEqualTo(30);
        assertThat(Duration.between(result.reviewFollowUpDate(), result.reviewDueDate())).isEqualTo(Duration.ofDays(1));
        assertThat(Duration.between(Instant.now(), result.reviewDueDate())).isBetween(Duration.ofHours(47),
                Duration.ofHours(48));
        assertThat(TaskVariables.write(result).get("reviewDueDate")).as("an engine date, as the user task's due date")
                .isEqualTo(Date.from(result.reviewDueDate()));

        Content stored = contents.findById("CNT-R").orElseThrow();
        assertThat(stored.getStatus()).isEqualTo(ContentStatus.UNDER_REVIEW);
        assertThat(stored.getPrescreen().findings()).singleElement()
                .satisfies(f -> assertThat(f.excerpt()).contains("根治高血压"));
    }

    @Test
    void aRedeliveredTaskAnswersWithTheStoredVerdictAndChangesNothing() {
        save("CNT-P", "第一次带父母去医院复查，提前一天挂号，带好医保卡。");
        PrescreenResult first = worker.prescreen(new PrescreenInput("CNT-P"));
        Long version = contents.findById("CNT-P").orElseThrow().getVersion();

        PrescreenResult again = worker.prescreen(new PrescreenInput("CNT-P"));

        assertThat(first.prescreenVerdict()).isEqualTo(PrescreenVerdict.PASS.name());
        assertThat(again.prescreenVerdict()).isEqualTo(first.prescreenVerdict());
        Content stored = contents.findById("CNT-P").orElseThrow();
        assertThat(stored.getVersion()).isEqualTo(version);
        assertThat(stored.getStatus()).isEqualTo(ContentStatus.SUBMITTED);
        assertThat(stored.getEvents()).hasSize(2);
    }

    @Test
    void unknownContentRaisesAnIncidentAtOnce() {
        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.prescreen(new PrescreenInput("CNT-X")));

        assertThat(error.getMessage()).isEqualTo("Cannot pre-screen content CNT-X: content CNT-X does not exist");
        assertThat(error.retryable()).isFalse();
    }

    private void save(String id, String body) {
        contents.save(Content.submit(id, ContentKind.POST, "标题 " + id, body,
                new Content.Author("u-1", "王芳", "customer@careflow.local", "customer"), "zh-CN", Instant.now()));
    }
}
