package com.careflow.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.Notifications;
import com.icegreen.greenmail.junit5.GreenMailExtension;

/** What one notify task delivered: the only mail GreenMail received, and its in-app copy. */
record Sent(ReceivedMail mail, Notification inApp) {

    static Sent by(String taskRun, GreenMailExtension smtp, Notifications notifications) throws Exception {
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        return new Sent(ReceivedMail.of(smtp.getReceivedMessages()[0]),
                notifications.findById(taskRun + ":IN_APP").orElseThrow());
    }

    /** The texts are in the plain-text mail, the HTML mail (as a reader sees it) and the in-app copy. */
    void everywhereContains(String... texts) {
        assertThat(mail.text()).contains(texts);
        assertThat(unescape(mail.html())).contains(texts);
        assertThat(inApp.getBody()).contains(texts);
    }

    /** What Thymeleaf escapes in text. */
    private static String unescape(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}
