package com.careflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

import com.careflow.domain.content.Content;
import com.careflow.domain.engine.ProcessInstance;
import com.careflow.domain.engine.ProcessInstanceState;
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
 * Task alerts from the exporter's user_tasks documents (written here as the exporter writes them): one notice per
 * candidate group when a task opens, one alert to the assignee when its due date nears on the platform clock, each
 * once, and only the alert marks touched on the task's document.
 */
@NotifyContext
class TaskAlertsTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(TestServers.smtp());

    private static final AtomicLong KEYS = new AtomicLong(2251799813735300L);

    @Autowired
    TaskAlerts alerts;
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
        mongo.remove(new Query(), "user_tasks");
        people.save(new Person("reviewer-en", "Alex Reviewer", "alex@careflow.local", List.of("reviewer"), "en"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aNewTaskIsAnnouncedOnceToEachCandidateGroup() {
        Content content = subjects.submitted("zh-CN");
        long key = openTask(content, List.of("reviewer", "admin"), null, null);
        Document exported = task(key);

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

        exported.put("alertedCreated", true);
        assertThat(task(key)).as("only the mark is added").isEqualTo(exported);
    }

    @Test
    void aNoticeAlreadyStoredIsNotStoredAgainWhenTheMarkWasLost() {
        long key = openTask(subjects.submitted("zh-CN"), List.of("reviewer"), null, null);
        alerts.run();
        Notification first = notifications.findById("task-created:" + key + ":reviewer").orElseThrow();
        // a run that stored the notice but died before marking the task
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key)),
                new org.springframework.data.mongodb.core.query.Update().unset("alertedCreated"), "user_tasks");

        alerts.run();

        assertThat(noticesOf(key)).singleElement().extracting(Notification::getCreatedAt)
                .isEqualTo(first.getCreatedAt());
        assertThat(task(key).getBoolean("alertedCreated")).isTrue();
    }

    @Test
    void theAssigneeIsAlertedOnceWhenTheDueDateNearsOnThePlatformClock() throws Exception {
        long key = openTask(subjects.submitted("en"), List.of("reviewer"), "reviewer-en",
                clock.instant().plus(Duration.ofHours(6)));

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
        assertThat(task(key).getString("alertedDueSoon")).isEqualTo("reviewer-en");
    }

    @Test
    void aNewAssigneeIsAlertedAgainInThePortalWhenTheDirectoryHasNoAddress() {
        long key = openTask(subjects.submitted("zh-CN"), List.of("reviewer"), "reviewer-en",
                clock.instant().plus(Duration.ofHours(1)));
        alerts.run();
        mongo.updateFirst(Query.query(Criteria.where("_id").is(key)),
                new org.springframework.data.mongodb.core.query.Update().set("assignee", "reviewer-unknown"),
                "user_tasks");

        alerts.run();

        assertThat(noticesOf(key)).extracting(Notification::getId).contains("task-due:" + key + ":reviewer-en",
                "task-due:" + key + ":reviewer-unknown");
        Notification second = notifications.findById("task-due:" + key + ":reviewer-unknown").orElseThrow();
        assertThat(second.getSubject()).as("unknown people read the platform's language")
                .isEqualTo("任务即将到期：内容审核 《夏季防暑小贴士》");
        assertThat(smtp.getReceivedMessages()).as("only the first assignee has an address").hasSize(1);
        assertThat(task(key).getString("alertedDueSoon")).isEqualTo("reviewer-unknown");
    }

    @Test
    void unassignedOrCompletedTasksAreNotAlertedAsDue() {
        long unassigned = openTask(subjects.submitted("zh-CN"), List.of("reviewer"), null,
                clock.instant().minus(Duration.ofHours(1)));
        long completed = openTask(subjects.submitted("zh-CN"), List.of("reviewer"), "reviewer-en",
                clock.instant().minus(Duration.ofHours(1)));
        mongo.updateFirst(Query.query(Criteria.where("_id").is(completed)),
                new org.springframework.data.mongodb.core.query.Update().set("state", "COMPLETED"), "user_tasks");

        alerts.run();

        assertThat(noticesOf(unassigned)).extracting(Notification::getTemplate).containsOnly("task-created");
        assertThat(noticesOf(completed)).isEmpty();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aFailedAlertMailIsRetriedByTheNextRun() throws Exception {
        long key = openTask(subjects.submitted("en"), List.of("reviewer"), "reviewer-en",
                clock.instant().plus(Duration.ofHours(2)));
        smtp.stop();

        alerts.run();

        assertThat(notifications.findById("task-due:" + key + ":reviewer-en")).as("the portal has it").isPresent();
        assertThat(notifications.findById("task-due:" + key + ":reviewer-en:EMAIL")).get()
                .extracting(Notification::getStatus).isEqualTo(NotificationStatus.FAILED);
        assertThat(task(key).getString("alertedDueSoon")).isNull();

        smtp.start();
        alerts.run();

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(task(key).getString("alertedDueSoon")).isEqualTo("reviewer-en");
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

    /** An open content review task as the exporter writes it, with its process instance's variables. */
    private long openTask(Content content, List<String> groups, String assignee, Instant due) {
        long instanceKey = KEYS.incrementAndGet();
        long key = KEYS.incrementAndGet();
        Instant created = clock.instant();
        mongo.save(new ProcessInstance(instanceKey, ContentReviewProcess.PROCESS_ID, 1, 1L, -1L,
                ProcessInstanceState.ACTIVE, created, null, Map.of("contentId", content.getId()), 7L));
        Document task = new Document("_id", key).append("processInstanceKey", instanceKey)
                .append("processDefinitionKey", 1L).append("bpmnProcessId", ContentReviewProcess.PROCESS_ID)
                .append("elementId", ContentReviewProcess.TASK_REVIEW).append("elementInstanceKey", key - 1)
                .append("state", "CREATED").append("assignee", assignee)
                .append("candidateGroups", new ArrayList<>(groups)).append("candidateUsers", List.of())
                .append("dueDate", due == null ? null : Date.from(due)).append("followUpDate", null)
                .append("priority", 80).append("customHeaders", new Document())
                .append("createdAt", Date.from(created)).append("position", 42L);
        mongo.insert(task, "user_tasks");
        return key;
    }

    private Document task(long key) {
        return mongo.findById(key, Document.class, "user_tasks");
    }

    private List<Notification> noticesOf(long key) {
        return notifications.findAll().stream().filter(n -> n.getId().contains(":" + key + ":")).toList();
    }
}
