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
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.NotificationStatus;
import com.careflow.domain.notification.Notifications;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;

/** In-app notifications: the list, the unread badge in the layout, marking as read. */
@PortalWebMvcTest
class NotificationControllerTest {

    /** Ids as the notify worker makes them: the job's step key and the channel. */
    static final String ONE = "2251799813685301:IN_APP";
    static final String TWO = "2251799813685302:IN_APP";

    @Autowired
    MockMvc mvc;
    @Autowired
    Notifications notifications;
    @Autowired
    Clock clock;

    @BeforeEach
    void inbox() {
        notifications.deleteAll();
        notifications.save(sent(ONE, "customer", NotificationChannel.IN_APP, "订单已确认"));
        notifications.save(sent(TWO, "customer", NotificationChannel.IN_APP, "订单已取消"));
        notifications.save(sent("n-mail", "customer", NotificationChannel.EMAIL, "邮件通知"));
        notifications.save(sent("n-other", "someone-else", NotificationChannel.IN_APP, "别人的消息"));
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

    private Notification sent(String id, String recipient, NotificationChannel channel, String subject) {
        Notification notification = new Notification(id, recipient, recipient + "@careflow.local", channel,
                "order-confirmed", subject, subject + "。", "ORD20250101000001", clock.instant());
        notification.markSent(clock.instant());
        return notification;
    }
}
