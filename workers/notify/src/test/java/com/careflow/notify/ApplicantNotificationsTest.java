package com.careflow.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static com.careflow.notify.Headers.template;

import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.certification.CertificationApplication;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.worker.TaskFailure;


/**
 * notify.applicant: approval (sign in again for provider access), rejection with its reasons, the renewal reminder
 * and the expiry, in the applicant's language, linking to their certification page.
 */
@NotifyContext
class ApplicantNotificationsTest extends NotifyJobTest {

    @Autowired
    TestSubjects subjects;

    @Test
    void approvalTellsToSignInAgain() throws Exception {
        CertificationApplication application = subjects.approved("zh-CN");

        Sent sent = send(application, CertificationProcess.TEMPLATE_APPROVED);

        assertThat(sent.mail().to()).isEqualTo("applicant@careflow.local");
        assertThat(sent.mail().subject()).isEqualTo("您的陪诊服务认证已通过");
        sent.everywhereContains("您的陪诊服务（标准）认证申请已通过", "证书有效期至 " + expiry(application, "yyyy年M月d日",
                Locale.CHINA), "请退出并重新登录 CareFlow，以获得服务人员权限");
        assertThat(sent.mail().text()).contains("您好，陈静：", "申请编号：" + application.getId(),
                "查看我的认证：https://care.example.cn/certification");
        assertThat(sent.inApp().getRecipientId()).isEqualTo("applicant-1");
        assertThat(sent.inApp().getTemplate()).isEqualTo("certification-approved");
    }

    @Test
    void rejectionByTheChecksNamesEveryReasonInEnglish() throws Exception {
        CertificationApplication application = subjects.rejectedApplication("en", "LICENCE_INVALID", "DOCUMENTS_MISSING");

        Sent sent = send(application, CertificationProcess.TEMPLATE_REJECTED);

        assertThat(sent.mail().subject())
                .isEqualTo("Your companion escort certification application was not approved");
        sent.everywhereContains("your application " + application.getId() + " for companion escort (standard) was not"
                + " approved", "The licence number is not valid", "The licence or ID card document is missing");
        assertThat(sent.mail().text()).contains("Reviewer's note: 执业证书照片模糊。").doesNotContain("Valid until");
    }

    @Test
    void renewalReminderAndExpiryNameTheDate() throws Exception {
        CertificationApplication application = subjects.approved("en");
        String date = expiry(application, "d MMM yyyy", Locale.ENGLISH);

        Sent reminder = send(application, CertificationProcess.TEMPLATE_RENEWAL);
        assertThat(reminder.mail().subject()).isEqualTo("Your companion escort certification expires on " + date);
        smtp.reset();
        Sent expired = send(application, CertificationProcess.TEMPLATE_EXPIRED);

        reminder.everywhereContains("Please apply for renewal before then");
        expired.everywhereContains("expired on " + date, "taking orders in this category is suspended");
    }

    @Test
    void unknownApplicationIsAModellingError() {
        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.notifyApplicant(
                new ApplicantInput("APP0"), template(CertificationProcess.TEMPLATE_APPROVED),
                nextTaskRun()));

        assertThat(error.getMessage()).isEqualTo("Cannot notify the applicant of application APP0: application"
                + " APP0 does not exist");
        assertThat(error.retryable()).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static String expiry(CertificationApplication application, String pattern, Locale locale) {
        return application.getExpiresAt().atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .format(DateTimeFormatter.ofPattern(pattern, locale));
    }

    private Sent send(CertificationApplication application, String template) throws Exception {
        String key = nextTaskRun();
        worker.notifyApplicant(new ApplicantInput(application.getId()), template(template), key);
        return Sent.by(key, smtp, notifications);
    }
}
