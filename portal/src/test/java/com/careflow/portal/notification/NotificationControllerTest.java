package com.careflow.portal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.NotificationStatus;
import com.careflow.domain.notification.Notifications;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/**
 * In-app notifications: the list, the unread badge in the layout, marking as read; group notices (filed under
 * {@code group:<role>}) for every member, read per member, linking to their task.
 */
@PortalWebMvcTest
class NotificationControllerTest {

    /** Ids as the notify worker makes them: the job's step key and the channel. */
    static final String ONE = "2251799813685301:IN_APP";
    static final String TWO = "2251799813685302:IN_APP";
    /** Ids as the notify worker's task alerts make them. */
    static final String NEW_TASK = "task-created:5b1c7e0e-edfd-11f1-a8af-02fc00000001:reviewer";
    static final String TASK_DUE = "task-due:5b1c7e0e-edfd-11f1-a8af-02fc00000001:reviewer";

    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    Clock clock;
    @Autowired
    MongoTemplate mongo;

    @BeforeEach
    void inbox() {
        notifications.deleteAll();
        notifications.save(sent(ONE, "customer", NotificationChannel.IN_APP, "订单已确认"));
        notifications.save(sent(TWO, "customer", NotificationChannel.IN_APP, "订单已取消"));
        notifications.save(sent("n-mail", "customer", NotificationChannel.EMAIL, "邮件通知"));
        notifications.save(sent("n-other", "someone-else", NotificationChannel.IN_APP, "别人的消息"));
        mongo.remove(new Query(), "notification_reads");
    }

    @Test
    void listsMyInAppNotificationsAndCountsTheUnreadInTheLayout() throws Exception {
        mvc.perform(get("/notifications").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notification-" + ONE + "\"")))
                .andExpect(content().string(containsString("id=\"notification-" + TWO + "\"")))
                .andExpect(content().string(not(containsString("邮件通知"))))
                .andExpect(content().string(not(containsString("别人的消息"))))
                .andExpect(content().string(containsString("id=\"unread-count\">2<")))
                .andExpect(content().string(containsString("action=\"/notifications/" + ONE + "/read\"")));
        // every page shows the badge, not only the list
        mvc.perform(get("/catalog").with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("id=\"unread-count\">2<")));
        mvc.perform(get("/catalog"))
                .andExpect(content().string(not(containsString("id=\"unread-count\""))));
    }

    @Test
    void markingAsReadUpdatesTheNotificationAndTheBadge() throws Exception {
        mvc.perform(post("/notifications/" + ONE + "/read").with(csrf()).with(TestUsers.user("customer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications"));
        Notification read = notifications.findById(ONE).orElseThrow();
        assertThat(read.getStatus()).isEqualTo(NotificationStatus.READ);
        assertThat(read.getReadAt()).isNotNull();
        mvc.perform(get("/notifications").with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("id=\"unread-count\">1<")));
    }

    @Test
    void someoneElsesNotificationIsNotFoundAndStaysUnread() throws Exception {
        mvc.perform(post("/notifications/n-other/read").with(csrf()).with(TestUsers.user("customer")))
                .andExpect(status().isNotFound());
        assertThat(notifications.findById("n-other").orElseThrow().getStatus()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void everyMemberOfAGroupSeesItsNoticesAndReadsThemForThemselves() throws Exception {
        notifications.save(notice(NEW_TASK, "group:reviewer", "task-created", "新的待办任务：内容审核 《夏季防暑小贴士》"));
        notifications.save(notice("task-created:5b1c7e0e-edfd-11f1-a8af-02fc00000009:finance", "group:finance", "task-created", "财务任务"));
        notifications.save(notice(TASK_DUE, "reviewer", "task-due", "任务即将到期：内容审核"));

        mvc.perform(get("/notifications").with(TestUsers.user("reviewer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notification-" + NEW_TASK + "\"")))
                .andExpect(content().string(containsString("href=\"/tasks/5b1c7e0e-edfd-11f1-a8af-02fc00000001\"")))
                .andExpect(content().string(containsString("新的待办任务：内容审核 《夏季防暑小贴士》")))
                .andExpect(content().string(containsString("id=\"notification-" + TASK_DUE + "\"")))
                .andExpect(content().string(not(containsString("财务任务"))))
                .andExpect(content().string(containsString("id=\"unread-count\">2<")));
        mvc.perform(get("/notifications").with(TestUsers.user("reviewer2", "reviewer")))
                .andExpect(content().string(containsString("id=\"notification-" + NEW_TASK + "\"")))
                .andExpect(content().string(not(containsString(TASK_DUE))))
                .andExpect(content().string(containsString("id=\"unread-count\">1<")));

        mvc.perform(post("/notifications/" + NEW_TASK + "/read").with(csrf()).with(TestUsers.user("reviewer")))
                .andExpect(redirectedUrl("/notifications"));
        mvc.perform(post("/notifications/" + NEW_TASK + "/read").with(csrf()).with(TestUsers.user("reviewer")))
                .andExpect(redirectedUrl("/notifications"));

        mvc.perform(get("/notifications").with(TestUsers.user("reviewer")))
                .andExpect(content().string(containsString("id=\"unread-count\">1<")))
                .andExpect(content().string(not(containsString("action=\"/notifications/" + NEW_TASK + "/read\""))));
        mvc.perform(get("/notifications").with(TestUsers.user("reviewer2", "reviewer")))
                .andExpect(content().string(containsString("id=\"unread-count\">1<")))
                .andExpect(content().string(containsString("action=\"/notifications/" + NEW_TASK + "/read\"")));
        assertThat(notifications.findById(NEW_TASK).orElseThrow().getStatus()).as("shared: stays unread for others")
                .isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void anotherGroupsNoticeIsNotFound() throws Exception {
        notifications.save(notice(NEW_TASK, "group:reviewer", "task-created", "新的待办任务"));

        mvc.perform(post("/notifications/" + NEW_TASK + "/read").with(csrf()).with(TestUsers.user("customer")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/notifications").with(TestUsers.user("customer")))
                .andExpect(content().string(not(containsString("新的待办任务"))));
    }

    @Test
    void contentAndCertificationNoticesLinkToTheirPages() throws Exception {
        notifications.save(notice("2251799813685401:IN_APP", "customer", "content-rejected", "您的文章未通过审核"));
        notifications.save(notice("2251799813685402:IN_APP", "customer", "certification-approved", "认证已通过"));

        mvc.perform(get("/notifications").with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("href=\"/content/mine\"")))
                .andExpect(content().string(containsString("href=\"/certification\"")));
    }

    private Notification sent(String id, String recipient, NotificationChannel channel, String subject) {
        Notification notification = new Notification(id, recipient, recipient + "@careflow.local", channel,
                "order-confirmed", subject, subject + "。", "ORD20250101000001", clock.instant());
        notification.markSent(clock.instant());
        return notification;
    }

    /** An in-app notice about something else than an order, as the notify worker stores it. */
    private Notification notice(String id, String recipient, String template, String subject) {
        Notification notification = new Notification(id, recipient, null, NotificationChannel.IN_APP, template,
                subject, subject + "。", null, clock.instant());
        notification.markSent(clock.instant());
        return notification;
    }
}
