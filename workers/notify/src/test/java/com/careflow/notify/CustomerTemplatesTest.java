package com.careflow.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.careflow.domain.order.CancelReason;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.AppointmentProcess;
import com.careflow.domain.process.ServiceOrderProcess;
import com.careflow.worker.TaskFailure;


/**
 * What each customer notification says, read from the mail GreenMail received (text and HTML) and the in-app copy:
 * the provider and time, why an order was cancelled and whether the money comes back, the complaint window.
 */
@NotifyContext
class CustomerTemplatesTest extends NotifyJobTest {

    @Autowired
    TestOrders testOrders;

    @Test
    void customerCancellationAfterPaymentPromisesTheFullRefund() throws Exception {
        ServiceOrder order = testOrders.cancelledAfterPayment("zh-CN", CancelReason.CUSTOMER_CANCELLED);

        Sent sent = send(order, ServiceOrderProcess.TEMPLATE_ORDER_CANCELLED);

        sent.everywhereContains("您已取消该订单", "您已支付的 ¥199.00 将全额原路退回。");
        assertThat(sent.mail().text()).contains("取消原因：您已取消该订单", "服务人员：李娜");
    }

    @Test
    void unservedOrderIsExplainedAndRefundedInEnglish() throws Exception {
        ServiceOrder order = testOrders.cancelledAfterPayment("en", CancelReason.NOT_SERVED);

        Sent sent = send(order, ServiceOrderProcess.TEMPLATE_ORDER_CANCELLED);

        sent.everywhereContains("no provider could serve you at the agreed time",
                "Your payment of ¥199.00 will be refunded in full.");
    }

    @Test
    void unpaidOrderCancelledForTimeoutPromisesNoRefund() throws Exception {
        ServiceOrder order = testOrders.cancelled("zh-CN", CancelReason.PAYMENT_TIMEOUT, null);

        Sent sent = send(order, ServiceOrderProcess.TEMPLATE_ORDER_CANCELLED);

        sent.everywhereContains("订单在 30 分钟内未完成支付，已自动取消");
        assertThat(sent.mail().text()).doesNotContain("退回");
        assertThat(sent.inApp().getBody()).doesNotContain("退回");
    }

    @Test
    void takenSlotIsExplained() throws Exception {
        ServiceOrder order = testOrders.cancelled("en", CancelReason.SLOT_UNAVAILABLE, null);

        Sent sent = send(order, ServiceOrderProcess.TEMPLATE_ORDER_CANCELLED);

        sent.everywhereContains("The time slot you chose is fully booked");
        assertThat(sent.mail().text()).contains("Reason: The time slot you chose is fully booked");
        assertThat(sent.inApp().getBody()).endsWith("Reason: The time slot you chose is fully booked");
    }

    @Test
    void completedOrderInvitesAComplaintWithinSevenDays() throws Exception {
        ServiceOrder order = testOrders.completed("zh-CN");

        Sent sent = send(order, ServiceOrderProcess.TEMPLATE_ORDER_COMPLETED);

        assertThat(sent.mail().subject()).isEqualTo("您的订单 " + order.getOrderNumber() + " 已完成");
        sent.everywhereContains("您的半日陪诊（北京）服务已完成", "可在 7 天内在订单页面提交投诉");
        assertThat(sent.mail().text()).contains("订单状态：已完成").doesNotContain("取消原因");
    }

    @Test
    void refundNamesTheAmountAndTheRefundNumber() throws Exception {
        ServiceOrder order = testOrders.refunded("en");

        Sent sent = send(order, ServiceOrderProcess.TEMPLATE_ORDER_REFUNDED);

        assertThat(sent.mail().subject()).isEqualTo("Your order " + order.getOrderNumber() + " has been refunded");
        sent.everywhereContains("refunded the full amount of ¥199.00");
        assertThat(sent.mail().text()).contains("Refund number: sim_re_test", "Status: Refunded");
    }

    @Test
    void rejectedComplaint() throws Exception {
        ServiceOrder order = testOrders.completed("zh-CN");

        send(order, ServiceOrderProcess.TEMPLATE_COMPLAINT_REJECTED).everywhereContains("您的投诉未能成立，本订单不予退款");
    }

    @Test
    void replacedProviderAndNewTime() throws Exception {
        ServiceOrder order = testOrders.providerReplaced("zh-CN");

        Sent sent = send(order, ServiceOrderProcess.TEMPLATE_PROVIDER_REPLACED);

        sent.everywhereContains("新的服务人员 张伟，服务时间改为 2025年3月8日 10:00");
    }

    @Test
    void reminderADayAheadInChinese() throws Exception {
        ServiceOrder order = testOrders.confirmed("zh-CN");

        Sent sent = send(order, AppointmentProcess.TEMPLATE_REMINDER, "24");

        assertThat(sent.mail().subject()).isEqualTo("服务提醒：您的订单 " + order.getOrderNumber() + " 将在 24 小时后开始");
        sent.everywhereContains("将在 24 小时后（2025年3月8日 09:00）开始，服务人员：李娜");
    }

    @Test
    void reminderAnHourAheadInEnglish() throws Exception {
        ServiceOrder order = testOrders.confirmed("en");

        Sent sent = send(order, AppointmentProcess.TEMPLATE_REMINDER, "1");

        assertThat(sent.mail().subject()).isEqualTo("Reminder: your order " + order.getOrderNumber()
                + " starts in 1 hour");
        sent.everywhereContains("starts in 1 hour (8 Mar 2025, 09:00), provided by 李娜");
    }

    @Test
    void reminderWithoutItsHoursHeaderIsAModellingErrorAndSendsNothing() {
        ServiceOrder order = testOrders.confirmed("zh-CN");
        String key = nextTaskRun();

        TaskFailure error = catchThrowableOfType(TaskFailure.class, () -> worker.notifyCustomer(
                new NotifyInput(order.getOrderNumber(), null),
                Map.of(ServiceOrderProcess.HEADER_TEMPLATE, AppointmentProcess.TEMPLATE_REMINDER), key));

        assertThat(error.getMessage()).isEqualTo("Cannot notify the customer of order " + order.getOrderNumber()
                + ": the reminder task has no 'hoursBefore' header");
        assertThat(error.retryable()).isFalse();
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(notifications.findById(key + ":IN_APP")).isEmpty();
    }

    @Test
    void rescheduledAppointmentNamesTheNewTime() throws Exception {
        ServiceOrder order = testOrders.rescheduled("en");
        String newTime = order.getAppointmentStart().format(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm",
                java.util.Locale.ENGLISH));

        Sent sent = send(order, AppointmentProcess.TEMPLATE_RESCHEDULED);

        assertThat(newTime).endsWith("14:00");
        sent.everywhereContains("Your appointment has been moved to " + newTime + ", provided by 李娜.");
    }

    private Sent send(ServiceOrder order, String template, String... hoursBefore) throws Exception {
        String key = nextTaskRun();
        Map<String, String> headers = new HashMap<>(Map.of(ServiceOrderProcess.HEADER_TEMPLATE, template));
        if (hoursBefore.length > 0) {
            headers.put(AppointmentProcess.HEADER_HOURS_BEFORE, hoursBefore[0]);
        }
        worker.notifyCustomer(new NotifyInput(order.getOrderNumber(), null), headers, key);
        return Sent.by(key, smtp, notifications);
    }
}
