package com.careflow.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static com.careflow.notify.Headers.template;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.content.Content;
import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationStatus;
import com.careflow.domain.process.ContentReviewProcess;
import com.careflow.worker.TaskFailure;


/**
 * notify.author: the author learns in their language that their content is published, or why it was rejected and
 * whether they may appeal; once per task, in the portal and by mail.
 */
@NotifyContext
class AuthorNotificationsTest extends NotifyJobTest {

    @Autowired
    TestSubjects subjects;

    @Test
    void publishedInChinese() throws Exception {
        Content content = subjects.published("zh-CN");

        Sent sent = send(content, ContentReviewProcess.TEMPLATE_PUBLISHED);

        assertThat(sent.mail().to()).isEqualTo("author@careflow.local");
        assertThat(sent.mail().subject()).isEqualTo("您的文章《夏季防暑小贴士》已发布");
        sent.everywhereContains("已通过审核并发布到社区");
        assertThat(sent.mail().text()).contains("您好，刘洋：", "标题：夏季防暑小贴士", "类型：文章", "发布时间：",
                "查看我的内容：https://care.example.cn/content/mine").doesNotContain("未通过原因");
        assertThat(sent.mail().html()).contains("lang=\"zh-CN\"", "内容审核",
                "<a href=\"https://care.example.cn/content/mine\"");
        assertThat(sent.inApp().getRecipientId()).isEqualTo("author-1");
        assertThat(sent.inApp().getTemplate()).isEqualTo("content-published");
        assertThat(sent.inApp().getOrderNumber()).isNull();
    }

    @Test
    void rejectionListsTheReasonsAndInvitesOneAppealInEnglish() throws Exception {
        Content content = subjects.rejectedContent("en", "Please remove the phone number.", "PERSONAL_DATA", "OTHER");

        Sent sent = send(content, ContentReviewProcess.TEMPLATE_REJECTED);

        assertThat(sent.mail().subject()).isEqualTo("Your article \"夏季防暑小贴士\" was not approved");
        sent.everywhereContains("did not pass review", "Contains personal data (phone, ID or email)",
                "Other (see the reviewer's note)", "you can appeal once within 14 days from the My content page");
        assertThat(sent.mail().text()).contains("Reasons:\n- Contains personal data (phone, ID or email)\n- Other",
                "Reviewer's note: Please remove the phone number.");
        assertThat(sent.inApp().getBody()).endsWith("Reasons: Contains personal data (phone, ID or email); "
                + "Other (see the reviewer's note)");
        assertThat(sent.mail().html()).contains("<li>Contains personal data (phone, ID or email)</li>");
    }

    @Test
    void theAnswerToAnAppealIsFinal() throws Exception {
        Content content = subjects.rejectedOnAppeal("zh-CN");

        Sent sent = send(content, ContentReviewProcess.TEMPLATE_REJECTED);

        sent.everywhereContains("这是申诉复核后的最终结果", "包含夸大或不实的医疗功效宣传");
        assertThat(sent.mail().text()).contains("未通过原因：包含夸大或不实的医疗功效宣传", "审核说明：仍含有夸大疗效的表述。")
                .doesNotContain("提出申诉");
    }

    @Test
    void redeliveryNotifiesOnce() {
        Content content = subjects.published("zh-CN");
        String key = nextTaskRun();

        worker.notifyAuthor(new AuthorInput(content.getId()), template(ContentReviewProcess.TEMPLATE_PUBLISHED), key);
        worker.notifyAuthor(new AuthorInput(content.getId()), template(ContentReviewProcess.TEMPLATE_PUBLISHED), key);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notifications.findById(key + ":EMAIL")).get().extracting(Notification::getStatus)
                .isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void unknownContentOrAnOrderTemplateIsAModellingError() {
        Content content = subjects.published("zh-CN");

        TaskFailure unknown = catchThrowableOfType(TaskFailure.class, () -> worker.notifyAuthor(new AuthorInput("CNT0"),
                template(ContentReviewProcess.TEMPLATE_PUBLISHED), nextTaskRun()));
        TaskFailure orderTemplate = catchThrowableOfType(TaskFailure.class, () -> worker.notifyAuthor(
                new AuthorInput(content.getId()), template("order-confirmed"),
                nextTaskRun()));
        TaskFailure noId = catchThrowableOfType(TaskFailure.class, () -> worker.notifyAuthor(new AuthorInput(null),
                template(ContentReviewProcess.TEMPLATE_PUBLISHED), nextTaskRun()));

        assertThat(unknown.getMessage()).isEqualTo("Cannot notify the author of content CNT0: content CNT0 does"
                + " not exist");
        assertThat(orderTemplate.getMessage()).isEqualTo("Cannot notify the author of content " + content.getId()
                + ": unknown template 'order-confirmed' in task header 'template'; known: content-published,"
                + " content-rejected");
        assertThat(noId.getMessage()).isEqualTo("Cannot notify the author of content null: the process has no"
                + " 'contentId' variable");
        assertThat(unknown.retryable()).isFalse();
        assertThat(orderTemplate.retryable()).isFalse();
        assertThat(noId.retryable()).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private Sent send(Content content, String template) throws Exception {
        String key = nextTaskRun();
        worker.notifyAuthor(new AuthorInput(content.getId()), template(template), key);
        return Sent.by(key, smtp, notifications);
    }
}
