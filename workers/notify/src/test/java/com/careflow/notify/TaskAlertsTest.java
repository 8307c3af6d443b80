package com.careflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import com.careflow.domain.content.Content;
import com.careflow.domain.engine.UserTask;
import com.careflow.domain.engine.UserTaskState;
import com.careflow.domain.engine.UserTasks;
import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.NotificationStatus;
import com.careflow.domain.notification.Notifications;
import com.careflow.domain.people.People;
import com.careflow.domain.people.Person;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.notify.TestClock.MovableClock;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/**
 * Task alerts from the engine's open user tasks (in memory here): one notice per candidate group when a task opens,
 * one alert to the assignee when its due date nears on the platform clock, each once, remembered in notify's own
 * {@code task_alerts} collection.
 */
@NotifyContext
class TaskAlertsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestServers.smtp());

    private static final AtomicLong IDS = new AtomicLong(1000);

    @Autowired
    TaskAlerts alerts;
    @Autowired
    InMemoryUserTasks userTasks;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Notifications notifications;
    @Autowired
    People people;
    @Autowired
    TestSubjects subjects;
    @Autowired
    MovableClock clock;
    @Autowired
    ScheduledTaskHolder scheduler;

    @BeforeEach
    void noTasks() {
        userTasks.clear();
        mongo.remove(new Query(), TaskAlertMark.class);
        people.save(new Person("reviewer-en", "Alex Reviewer", "alex@careflow.local", List.of("reviewer"), "en"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aNewTaskIsAnnouncedOnceToEachCandidateGroup() {
        Content content = subjects.submitted("zh-CN");
        String key = openTask(content, List.of("reviewer", "admin"), null, null);

        alerts.run();
        alerts.run();

        List<Notification> notices = noticesOf(key);
        assertThat(notices).extracting(Notification::getId).containsExactlyInAnyOrder(
                "task-created:" + key + ":reviewer", "task-created:" + key + ":admin");
        assertThat(notices).extracting(Notification::getRecipientId).containsExactlyInAnyOrder("group:reviewer",
                "group:admin");
        Notification notice = notifications.findById("task-created:" + key + ":reviewer").orElseThrow();
        assertThat(notice.getChannel()).isEqualTo(NotificationChannel.IN_APP);
        assertThat(notice.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(notice.getTemplate()).isEqualTo("task-created");
        assertThat(notice.getSubject()).isEqualTo("新的待办任务：内容审核 《夏季防暑小贴士》");
        assertThat(notice.getBody()).isEqualTo("「内容审核」流程有一项新任务等待认领：内容审核 《夏季防暑小贴士》（优先级：高）。");
        assertThat(smtp.getReceivedMessages()).as("group notices live in the portal only").isEmpty();

        assertThat(mark(key)).isEqualTo(new TaskAlertMark(key, true, null));
    }

    @Test
    void aNoticeAlreadyStoredIsNotStoredAgainWhenTheMarkWasLost() {
        String key = openTask(subjects.submitted("zh-CN"), List.of("reviewer"), null, null);
        alerts.run();
        Notification first = notifications.findById("task-created:" + key + ":reviewer").orElseThrow();
        // a run that stored the notice but died before marking the task
        mongo.remove(new Query(), TaskAlertMark.class);

        alerts.run();

        assertThat(noticesOf(key)).singleElement().extracting(Notification::getCreatedAt)
                .isEqualTo(first.getCreatedAt());
        assertThat(mark(key).created()).isTrue();
    }

    @Test
    void theAssigneeIsAlertedOnceWhenTheDueDateNearsOnThePlatformClock() throws Exception {
        Instant due = clock.instant().plus(Duration.ofHours(6));
        String key = openTask(subjects.submitted("en"), List.of("reviewer"), "reviewer-en", due);

        alerts.run();
        assertThat(notifications.findById("task-due:" + key + ":reviewer-en")).as("6 hours ahead: not yet").isEmpty();

        clock.advance(Duration.ofHours(3));
        alerts.run();
        alerts.run();

        Notification inApp = notifications.findById("task-due:" + key + ":reviewer-en").orElseThrow();
        assertThat(inApp.getRecipientId()).isEqualTo("reviewer-en");
        assertThat(inApp.getSubject()).isEqualTo("Task due soon: Review content \"夏季防暑小贴士\"");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.to()).isEqualTo("alex@careflow.local");
        assertThat(mail.subject()).isEqualTo(inApp.getSubject());
        assertThat(mail.text()).contains("Hello Alex Reviewer,", "you claimed is due on",
                "Open the task: https://care.example.cn/tasks/" + key, "Priority: high");
        assertThat(notifications.findById("task-due:" + key + ":reviewer-en:EMAIL")).get()
                .extracting(Notification::getStatus).isEqualTo(NotificationStatus.SENT);
        assertThat(mark(key).dueSoonFor()).isEqualTo("reviewer-en@" + due);
    }

    @Test
    void aNewAssigneeIsAlertedAgainInThePortalWhenTheDirectoryHasNoAddress() {
        String key = openTask(subjects.submitted("zh-CN"), List.of("reviewer"), "reviewer-en",
                clock.instant().plus(Duration.ofHours(1)));
        alerts.run();
        userTasks.change(key, task -> withAssignee(task, "reviewer-unknown"));

        alerts.run();

        assertThat(noticesOf(key)).extracting(Notification::getId).contains("task-due:" + key + ":reviewer-en",
                "task-due:" + key + ":reviewer-unknown");
        Notification second = notifications.findById("task-due:" + key + ":reviewer-unknown").orElseThrow();
        assertThat(second.getSubject()).as("unknown people read the platform's language")
                .isEqualTo("任务即将到期：内容审核 《夏季防暑小贴士》");
        assertThat(smtp.getReceivedMessages()).as("only the first assignee has an address").hasSize(1);
        assertThat(mark(key).dueSoonFor()).startsWith("reviewer-unknown@");
    }

    @Test
    void unassignedOrCompletedTasksAreNotAlertedAsDue() {
        String unassigned = openTask(subjects.submitted("zh-CN"), List.of("reviewer"), null,
                clock.instant().minus(Duration.ofHours(1)));
        String completed = openTask(subjects.submitted("zh-CN"), List.of("reviewer"), "reviewer-en",
                clock.instant().minus(Duration.ofHours(1)));
        userTasks.change(completed, TaskAlertsTest::completed);

        alerts.run();

        assertThat(noticesOf(unassigned)).extracting(Notification::getTemplate).containsOnly("task-created");
        assertThat(noticesOf(completed)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aFailedAlertMailIsRetriedByTheNextRun() throws Exception {
        String key = openTask(subjects.submitted("en"), List.of("reviewer"), "reviewer-en",
                clock.instant().plus(Duration.ofHours(2)));
        smtp.stop();

        alerts.run();

        assertThat(notifications.findById("task-due:" + key + ":reviewer-en")).as("the portal has it").isPresent();
        assertThat(notifications.findById("task-due:" + key + ":reviewer-en:EMAIL")).get()
                .extracting(Notification::getStatus).isEqualTo(NotificationStatus.FAILED);
        assertThat(mark(key).dueSoonFor()).isNull();

        smtp.start();
        alerts.run();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(mark(key).dueSoonFor()).startsWith("reviewer-en@");
    }

    @Test
    void alertsRunOnTheConfiguredInterval() {
        assertThat(scheduler.getScheduledTasks()).extracting(t -> t.getTask())
                .filteredOn(FixedDelayTask.class::isInstance).map(FixedDelayTask.class::cast)
                .filteredOn(t -> t.getRunnable().toString().contains("TaskAlerts"))
                .singleElement().satisfies(t -> {
                    assertThat(t.getIntervalDuration()).isEqualTo(Duration.ofHours(1));
                    assertThat(t.getInitialDelayDuration()).isEqualTo(Duration.ofHours(1));
                });
    }

    @Test
    void marksOfTasksNoLongerOpenAreDropped() {
        String key = openTask(subjects.submitted("zh-CN"), List.of("reviewer"), null, null);
        alerts.run();
        userTasks.change(key, TaskAlertsTest::completed);

        alerts.run();

        assertThat(mongo.findById(key, TaskAlertMark.class)).isNull();
        assertThat(noticesOf(key)).hasSize(1);
    }

    @Test
    void withoutAnEngineInTheApplicationNothingIsAlerted() {
        String key = openTask(subjects.submitted("zh-CN"), List.of("reviewer"), null, null);
        TaskAlerts noEngine = new TaskAlerts(new StaticListableBeanFactory().getBeanProvider(UserTasks.class), mongo,
                people, null, null, null, null, null, clock);

        noEngine.run();

        assertThat(noticesOf(key)).isEmpty();
        assertThat(mongo.findAll(TaskAlertMark.class)).isEmpty();
    }

    /** An open content review task as the engine reports it. */
    private String openTask(Content content, List<String> groups, String assignee, Instant due) {
        String id = "task-" + IDS.incrementAndGet();
        userTasks.put(new UserTask(id, "instance-" + id, ContentReviewProcess.PROCESS_ID,
                ContentReviewProcess.TASK_REVIEW, "Review content", content.getId(), UserTaskState.CREATED, assignee,
                List.copyOf(groups), due, null, 80, clock.instant(), null, null));
        return id;
    }

    private TaskAlertMark mark(String taskId) {
        return mongo.findById(taskId, TaskAlertMark.class);
    }

    private static UserTask withAssignee(UserTask t, String assignee) {
        return new UserTask(t.id(), t.processInstanceId(), t.bpmnProcessId(), t.elementId(), t.name(),
                t.businessKey(), t.state(), assignee, t.candidateGroups(), t.dueDate(), t.followUpDate(), t.priority(),
                t.createdAt(), t.endedAt(), t.completedBy());
    }

    private List<Notification> noticesOf(String key) {
        return notifications.findAll().stream().filter(n -> n.getId().contains(":" + key + ":")).toList();
    }

    private static UserTask completed(UserTask t) {
        return new UserTask(t.id(), t.processInstanceId(), t.bpmnProcessId(), t.elementId(), t.name(),
                t.businessKey(), UserTaskState.COMPLETED, t.assignee(), t.candidateGroups(), t.dueDate(),
                t.followUpDate(), t.priority(), t.createdAt(), Instant.now(), t.assignee());
    }
}
