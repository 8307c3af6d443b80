package com.careflow.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.NotificationStatus;
import com.careflow.domain.order.CancelReason;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.worker.TaskFailure;


/** Delivery of customer notifications: mail in the customer's language, in-app copy, once, retried on SMTP trouble. */
@NotifyContext
class NotifyWorkerTest extends NotifyJobTest {

    @Autowired
    TestOrders testOrders;

    @Test
    void confirmedOrderMailInChinese() throws Exception {
        ServiceOrder order = testOrders.confirmed("zh-CN");
        String key = nextTaskRun();

        worker.notifyCustomer(new NotifyInput(order.getOrderNumber(), null), confirmed(), key);

        ReceivedMail mail = onlyMail();
        assertThat(mail.from()).isEqualTo("CareFlow <no-reply@careflow.local>");
        assertThat(mail.to()).isEqualTo("customer@careflow.local");
        assertThat(mail.subject()).isEqualTo("您的订单 " + order.getOrderNumber() + " 已确认");
        for (String body : new String[] { mail.text(), mail.html() }) {
            assertThat(body).contains("您好，王小明：", "订单号", order.getOrderNumber(), "半日陪诊（北京）", "¥199.00",
                    "服务人员 李娜 将于 2025年3月8日 09:00", "138****8000", "已确认",
                    "https://care.example.cn/orders/" + order.getOrderNumber())
                    .doesNotContain("13800138000", "取消原因");
        }
        assertThat(mail.html()).contains("lang=\"zh-CN\"", "<a href=\"https://care.example.cn/orders/");
        assertThat(mail.text()).contains("订单金额：¥199.00").doesNotContain("<");

        Notification email = notifications.findById(key + ":EMAIL").orElseThrow();
        assertThat(email.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(email.getRecipientAddress()).isEqualTo("customer@careflow.local");
        assertThat(email.getSubject()).isEqualTo(mail.subject());
    }

    @Test
    void cancelledOrderMailInEnglishWithTheReason() throws Exception {
        ServiceOrder order = testOrders.cancelled("en", CancelReason.PAYMENT_DECLINED, "Insufficient funds");

        worker.notifyCustomer(new NotifyInput(order.getOrderNumber(), "Insufficient funds"), cancelled(),
                nextTaskRun());

        ReceivedMail mail = onlyMail();
        assertThat(mail.subject()).isEqualTo("Your order " + order.getOrderNumber() + " has been cancelled");
        for (String body : new String[] { mail.text(), mail.html() }) {
            assertThat(body).contains("Hello 王小明,", "has been cancelled", "Service", "¥199.00",
                    "8 Mar 2025, 09:00", "138****8000", "Cancelled", "Insufficient funds");
        }
        assertThat(mail.text()).contains("Reason: The payment did not go through: Insufficient funds")
                .as("never paid, nothing to refund").doesNotContain("refunded");
        assertThat(mail.html()).contains("lang=\"en\"");
    }

    @Test
    void customerFindsTheNotificationInThePortal() {
        ServiceOrder order = testOrders.confirmed("zh-CN");
        String key = nextTaskRun();

        worker.notifyCustomer(new NotifyInput(order.getOrderNumber(), null), confirmed(), key);

        assertThat(notifications.findTop50ByRecipientIdAndChannelOrderByCreatedAtDesc("customer-1",
                NotificationChannel.IN_APP)).filteredOn(n -> n.getOrderNumber().equals(order.getOrderNumber()))
                .singleElement().satisfies(inApp -> {
                    assertThat(inApp.getId()).isEqualTo(key + ":IN_APP");
                    assertThat(inApp.getStatus()).isEqualTo(NotificationStatus.SENT);
                    assertThat(inApp.getTemplate()).isEqualTo("order-confirmed");
                    assertThat(inApp.getSubject()).isEqualTo("您的订单 " + order.getOrderNumber() + " 已确认");
                    assertThat(inApp.getBody()).isEqualTo("您的订单已确认：服务人员 李娜 将于 2025年3月8日 09:00 为您提供半日陪诊（北京）服务。")
                            .as("the short version: no greeting, no mail footer").doesNotContain("请勿直接回复");
                });
    }

    @Test
    void redeliveredJobSendsOneMail() {
        ServiceOrder order = testOrders.confirmed("zh-CN");
        String key = nextTaskRun();
        NotifyInput input = new NotifyInput(order.getOrderNumber(), null);

        worker.notifyCustomer(input, confirmed(), key);
        worker.notifyCustomer(input, confirmed(), key);

        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(notifications.findAll()).filteredOn(n -> n.getOrderNumber().equals(order.getOrderNumber()))
                .extracting(Notification::getId).containsExactlyInAnyOrder(key + ":EMAIL", key + ":IN_APP");
    }

    @Test
    void smtpDownFailsTheJobForARetryThatSends() throws Exception {
        ServiceOrder order = testOrders.confirmed("zh-CN");
        String key = nextTaskRun();
        NotifyInput input = new NotifyInput(order.getOrderNumber(), null);
        smtp.stop();

        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.notifyCustomer(input, confirmed(), key));

        assertThat(error.getMessage()).startsWith("Sending the order-confirmed notification for order "
                + order.getOrderNumber() + " failed, will retry: ")
                .contains("Mail server connection failed", "Connection refused")
                .doesNotContain("\n");
        assertThat(error.retryable()).as("the task\'s retries minus one").isTrue();
        assertThat(error.backoff()).isEqualTo(Duration.ofSeconds(5));
        Notification failed = notifications.findById(key + ":EMAIL").orElseThrow();
        assertThat(failed.getStatus()).isEqualTo(NotificationStatus.FAILED);
        assertThat(failed.getFailure()).contains("Mail server connection failed");
        assertThat(notifications.findById(key + ":IN_APP")).get().extracting(Notification::getStatus)
                .isEqualTo(NotificationStatus.SENT);

        smtp.start();
        worker.notifyCustomer(input, confirmed(), key);

        assertThat(onlyMail().subject()).contains(order.getOrderNumber());
        Notification sent = notifications.findById(key + ":EMAIL").orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(NotificationStatus.SENT);
        assertThat(sent.getFailure()).isNull();
    }

    @Test
    void unknownTemplateFailsWithoutRetriesAndSendsNothing() {
        ServiceOrder order = testOrders.confirmed("zh-CN");
        String key = nextTaskRun();

        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.notifyCustomer(
                new NotifyInput(order.getOrderNumber(), null), Map.of(ServiceOrderProcess.HEADER_TEMPLATE,
                        "order-shipped"), key));

        assertThat(error.getMessage()).isEqualTo("Cannot notify the customer of order " + order.getOrderNumber()
                + ": unknown template 'order-shipped' in task header 'template';"
                + " known: order-confirmed, order-cancelled, order-completed, order-refunded, complaint-rejected,"
                + " provider-replaced, appointment-reminder, appointment-rescheduled, health-crisis-advice");
        assertThat(error.retryable()).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(notifications.findById(key + ":IN_APP")).isEmpty();
    }

    private ReceivedMail onlyMail() throws Exception {
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        return ReceivedMail.of(smtp.getReceivedMessages()[0]);
    }

    private static Map<String, String> confirmed() {
        return Map.of(ServiceOrderProcess.HEADER_TEMPLATE, ServiceOrderProcess.TEMPLATE_ORDER_CONFIRMED);
    }

    private static Map<String, String> cancelled() {
        return Map.of(ServiceOrderProcess.HEADER_TEMPLATE, ServiceOrderProcess.TEMPLATE_ORDER_CANCELLED);
    }
}
