package com.careflow.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.NotificationStatus;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.GrabOrderProcess;
import com.careflow.worker.TaskFailure;


/** The grab-order process's alerts: mail to the operations address and an in-app copy for operations, once. */
@NotifyContext
class OperationsAlertTest extends NotifyJobTest {

    @Autowired
    TestOrders testOrders;

    @Test
    void nobodyGrabbedGoesToOperationsOnceByMailAndInTheirPortalInbox() throws Exception {
        ServiceOrder order = testOrders.confirmed("en");
        String key = nextTaskRun();

        worker.alertOperations(new NotifyInput(order.getOrderNumber(), null), null, alert("nobody-grabbed"), key);
        worker.alertOperations(new NotifyInput(order.getOrderNumber(), null), null, alert("nobody-grabbed"), key);

        assertThat(smtp.getReceivedMessages()).as("the redelivery sends nothing").hasSize(1);
        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.to()).isEqualTo("ops@careflow.local");
        assertThat(mail.subject()).as("operations read Chinese, whatever the customer speaks")
                .isEqualTo("【需处理】订单 " + order.getOrderNumber() + " 无人接单");
        assertThat(mail.text()).contains("您好，运营团队：", "北京，半日陪诊（北京），2025年3月8日 09:00", "自动指派",
                "https://care.example.cn/operations/assignments");
        assertThat(notifications.findTop50ByRecipientIdAndChannelOrderByCreatedAtDesc("operations",
                NotificationChannel.IN_APP)).filteredOn(n -> order.getOrderNumber().equals(n.getOrderNumber()))
                .singleElement().satisfies(inApp -> {
                    assertThat(inApp.getTemplate()).isEqualTo("nobody-grabbed");
                    assertThat(inApp.getSubject()).isEqualTo(mail.subject());
                    assertThat(inApp.getStatus()).isEqualTo(NotificationStatus.SENT);
                });
        assertThat(notifications.findById(key + ":EMAIL")).get().extracting(Notification::getRecipientId)
                .isEqualTo("operations");
    }

    @Test
    void noProviderIsUrgent() throws Exception {
        ServiceOrder order = testOrders.confirmed("zh-CN");

        worker.alertOperations(new NotifyInput(order.getOrderNumber(), null), null, alert("no-provider"),
                nextTaskRun());

        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.subject()).isEqualTo("【紧急】订单 " + order.getOrderNumber() + " 无可用服务人员");
        assertThat(mail.html()).contains("请尽快人工处理");
    }

    @Test
    void aGatewayDownThroughEveryRetryTellsOperationsNothingWasCharged() throws Exception {
        ServiceOrder order = testOrders.confirmed("zh-CN");

        worker.alertOperations(new NotifyInput(order.getOrderNumber(), null), null, alert("payment-gateway-down"),
                nextTaskRun());

        ReceivedMail mail = ReceivedMail.of(smtp.getReceivedMessages()[0]);
        assertThat(mail.subject()).isEqualTo("【需处理】订单 " + order.getOrderNumber() + " 支付网关不可用");
        assertThat(mail.html()).contains("没有扣款", "请检查支付网关");
    }

    @Test
    void unknownAlertIsAModellingErrorAndACustomerTemplateIsNoAlert() {
        ServiceOrder order = testOrders.confirmed("zh-CN");

        for (String alert : new String[] { "nobody-came", "order-confirmed" }) {
            TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.alertOperations(
                    new NotifyInput(order.getOrderNumber(), null), null, alert(alert),
                    nextTaskRun()));

            assertThat(error.getMessage()).isEqualTo("Cannot notify operations of order "
                    + order.getOrderNumber() + ": unknown template '" + alert
                    + "' in task header 'alert'; known: nobody-grabbed, no-provider, payment-gateway-down,"
                    + " reconciliation-mismatches, health-call-back-unclaimed");
            assertThat(error.retryable()).isFalse();
        }
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    private static Map<String, String> alert(String alert) {
        return Map.of(GrabOrderProcess.HEADER_ALERT, alert);
    }
}
