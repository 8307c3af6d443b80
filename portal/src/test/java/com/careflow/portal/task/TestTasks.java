package com.careflow.portal.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.content.Contents;
import com.careflow.domain.content.Finding;
import com.careflow.domain.content.FindingType;
import com.careflow.domain.content.Prescreen;
import com.careflow.domain.content.PrescreenVerdict;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;
import com.careflow.domain.process.ContentReviewProcess;

/** User tasks as the engine reports them (business key: the subject's id), with the content they are about. */
final class TestTasks {

    static final String REVIEWER = "reviewer";

    private final FakeUserTasks tasks;
    private final Contents contents;
    private final Clock clock;

    TestTasks(FakeUserTasks tasks, Contents contents, Clock clock) {
        this.tasks = tasks;
        this.contents = contents;
        this.clock = clock;
    }

    /** A content review task on a new post, created {@code age} ago, due in {@code dueIn} (negative: overdue). */
    UserTask contentReview(String id, String contentId, String title, Duration age, Duration dueIn, int priority) {
        return contentReview(id, contentId, title, ContentReviewProcess.TASK_REVIEW, age, dueIn, priority);
    }

    UserTask contentReview(String id, String contentId, String title, String elementId, Duration age,
            Duration dueIn, int priority) {
        Instant now = clock.instant();
        Content content = Content.submit(contentId, ContentKind.POST, title,
                "推荐一家医院，有事可以打我电话 13800138000，保证根治失眠。", new Content.Author("customer", "王芳",
                        "customer@careflow.local", "customer"), "zh-CN", now.minus(age));
        content.recordPrescreen(new Prescreen(PrescreenVerdict.REVIEW, 55, List.of(
                Finding.of(FindingType.PERSONAL_DATA, "13800138000"), Finding.of(FindingType.MEDICAL_CLAIM, "根治"))),
                "ai-worker", now.minus(age));
        contents.save(content);
        return tasks.save(task(id, contentId, ContentReviewProcess.PROCESS_ID, elementId, List.of(REVIEWER),
                now.minus(age), dueIn == null ? null : now.plus(dueIn), priority));
    }

    static UserTask task(String id, String businessKey, String processId, String elementId, List<String> groups,
            Instant created, Instant due, int priority) {
        return new UserTask(id, "pi-" + id, processId, elementId, elementId, businessKey, UserTaskState.CREATED,
                null, groups, due, null, priority, created, null, null);
    }

    UserTask assign(UserTask task, String assignee) {
        return tasks.save(tasks.with(task, assignee, task.state()));
    }

    void clear() {
        tasks.deleteAll();
        contents.deleteAll();
    }
}
