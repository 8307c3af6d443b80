package com.careflow.portal.task;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.careflow.domain.content.Content;
import com.careflow.domain.content.ContentKind;
import com.careflow.domain.content.Contents;
import com.careflow.domain.content.Finding;
import com.careflow.domain.content.FindingType;
import com.careflow.domain.content.Prescreen;
import com.careflow.domain.content.PrescreenVerdict;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstanceState;
import com.careflow.domain.engine.ProcessInstances;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.process.ContentReviewProcess;

/** User tasks as the exporter writes them, with the process instance and the content they are about. */
final class TestTasks {

    static final String REVIEWER = "reviewer";

    private final UserTasks tasks;
    private final ProcessInstances instances;
    private final Contents contents;
    private final Clock clock;

    TestTasks(UserTasks tasks, ProcessInstances instances, Contents contents, Clock clock) {
        this.tasks = tasks;
        this.instances = instances;
        this.contents = contents;
        this.clock = clock;
    }

    /** A content review task on a new post, created {@code age} ago, due in {@code dueIn} (negative: overdue). */
    UserTask contentReview(long key, String contentId, String title, Duration age, Duration dueIn, int priority) {
        return contentReview(key, contentId, title, ContentReviewProcess.TASK_REVIEW, age, dueIn, priority);
    }

    UserTask contentReview(long key, String contentId, String title, String elementId, Duration age,
            Duration dueIn, int priority) {
        Instant now = clock.instant();
        Content content = Content.submit(contentId, ContentKind.POST, title,
                "推荐一家医院，有事可以打我电话 13800138000，保证根治失眠。", new Content.Author("customer", "王芳",
                        "customer@careflow.local", "customer"), "zh-CN", now.minus(age));
        content.recordPrescreen(new Prescreen(PrescreenVerdict.REVIEW, 55, List.of(
                Finding.of(FindingType.PERSONAL_DATA, "13800138000"), Finding.of(FindingType.MEDICAL_CLAIM, "根治"))),
                "ai-worker", now.minus(age));
        contents.save(content);
        long instance = key + 1_000_000;
        instances.save(new ProcessInstance(instance, ContentReviewProcess.PROCESS_ID, 1, 7L, -1,
                ProcessInstanceState.ACTIVE, now.minus(age), null, Map.of("contentId", contentId), 1));
        return tasks.save(task(key, instance, ContentReviewProcess.PROCESS_ID, elementId, List.of(REVIEWER),
                now.minus(age), dueIn == null ? null : now.plus(dueIn), priority));
    }

    static UserTask task(long key, long instance, String processId, String elementId, List<String> groups,
            Instant created, Instant due, int priority) {
        return new UserTask(key, instance, 7L, processId, elementId, key - 1, UserTaskState.CREATED, null, groups,
                List.of(), due, null, priority, Map.of(), created, null, null, null, null, 1);
    }

    UserTask assign(UserTask task, String assignee) {
        return tasks.save(with(task, assignee, task.state(), null));
    }

    UserTask complete(UserTask task, String by, Instant at) {
        UserTask done = with(task, by, UserTaskState.COMPLETED, by);
        return tasks.save(new UserTask(done.id(), done.processInstanceKey(), done.processDefinitionKey(),
                done.bpmnProcessId(), done.elementId(), done.elementInstanceKey(), done.state(), done.assignee(),
                done.candidateGroups(), done.candidateUsers(), done.dueDate(), done.followUpDate(), done.priority(),
                done.customHeaders(), done.createdAt(), at, by, null, null, done.position() + 1));
    }

    private static UserTask with(UserTask task, String assignee, UserTaskState state, String completedBy) {
        return new UserTask(task.id(), task.processInstanceKey(), task.processDefinitionKey(), task.bpmnProcessId(),
                task.elementId(), task.elementInstanceKey(), state, assignee, task.candidateGroups(),
                task.candidateUsers(), task.dueDate(), task.followUpDate(), task.priority(), task.customHeaders(),
                task.createdAt(), task.endedAt(), completedBy, null, null, task.position() + 1);
    }

    void clear() {
        tasks.deleteAll();
        instances.deleteAll();
        contents.deleteAll();
    }
}
