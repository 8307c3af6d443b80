package com.careflow.portal.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.careflow.domain.order.CancelReason;
import com.careflow.domain.order.OrderChanges;
import com.careflow.domain.order.PaymentState;
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;
import com.careflow.domain.process.PaymentSubmitted;
import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.careflow.portal.order.RecordingOrderProcess.Payment;

/** Paying a PENDING order: the card is checked here, only last four digits and brand go to the process. */
@PortalWebMvcTest
class OrderPaymentTest {

    static final String ORDER = "ORD20250101000100";
    /** A UnionPay test number with a valid Luhn check digit. */
    static final String CARD = "6222 0212 3456 7894";

    @Autowired
    MockMvc mvc;
    @Autowired
    Orders orders;
    @Autowired
    RecordingOrderProcess process;
    @Autowired
    Clock clock;
    @Autowired
    OrderChanges changes;

    @BeforeEach
    void pendingOrder() {
        orders.deleteAll();
        process.reset();
        TestOrders.pendingOrder(orders, ORDER, "customer", clock);
    }

    @Test
    void aValidPaymentIsSubmittedToTheProcessWithoutTheCardNumber() throws Exception {
        mvc.perform(payment(CARD, "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/orders/" + ORDER));

        assertThat(process.payments()).containsExactly(new Payment(ORDER, new PaymentSubmitted("7894", "UNIONPAY",
                1)));
        assertThat(process.payments().get(0).toString()).doesNotContain("62220212");
        assertThat(orders.findById(ORDER).orElseThrow().getPayment().state()).isEqualTo(PaymentState.PROCESSING);

        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"payment-processing\"")))
                .andExpect(content().string(containsString("支付处理中")))
                .andExpect(content().string(containsString("data-payment-state=\"PROCESSING\"")))
                .andExpect(content().string(not(containsString("id=\"payment-form\""))));
    }

    @Test
    void aSecondPaymentWhileTheFirstIsInFlightIsRefusedWithAMessage() throws Exception {
        mvc.perform(payment(CARD, "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer")));

        mvc.perform(payment("4242 4242 4242 4242", "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("上一笔支付仍在处理中，请等待结果后再支付。")));

        assertThat(process.payments()).hasSize(1);
    }

    @Test
    void aDeclinedCardIsExplainedAndTheFormIsOfferedAgainWithTheTimeLeft() throws Exception {
        mvc.perform(payment(CARD, "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer")));
        changes.change(ORDER, order -> order.paymentDeclined(1, "支付未成功：发卡行拒绝了这笔交易。", clock));

        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("id=\"payment-declined\"")))
                .andExpect(content().string(containsString("支付未成功：发卡行拒绝了这笔交易。")))
                .andExpect(content().string(containsString("id=\"payment-form\"")))
                .andExpect(content().string(containsString("id=\"payment-countdown\"")));
        mvc.perform(payment("4242 4242 4242 4242", "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer")))
                .andExpect(status().is3xxRedirection());

        assertThat(process.payments()).extracting(p -> p.payment().paymentAttempt()).containsExactly(1, 2);
    }

    @Test
    void aGatewayOutageSaysWeAreRetryingAndOffersNoFormMeanwhile() throws Exception {
        mvc.perform(payment(CARD, "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer")));
        changes.change(ORDER, order -> order.paymentRetrying(1, clock));

        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")).param("lang", "en"))
                .andExpect(content().string(containsString("We are retrying")))
                .andExpect(content().string(not(containsString("id=\"payment-form\""))));
        changes.change(ORDER, order -> order.paymentFailed(1, clock));
        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("id=\"payment-failed\"")))
                .andExpect(content().string(containsString("id=\"payment-form\"")));
    }

    @Test
    void invalidCardDetailsAreFieldErrorsAndNothingIsSubmitted() throws Exception {
        String lastMonth = YearMonth.now(clock).minusMonths(1).format(DateTimeFormatter.ofPattern("MM/yy"));
        mvc.perform(payment("6222 0212 3456 7895", "", lastMonth, "12").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("paymentForm", "cardNumber", "payment.cardNumber.invalid"))
                .andExpect(model().attributeHasFieldErrorCode("paymentForm", "cardHolder", "NotBlank"))
                .andExpect(model().attributeHasFieldErrorCode("paymentForm", "expiry", "payment.expiry.past"))
                .andExpect(model().attributeHasFieldErrorCode("paymentForm", "cvc", "Pattern"))
                .andExpect(content().string(containsString("id=\"cardNumber-error\"")))
                .andExpect(content().string(containsString("卡号无效")))
                .andExpect(content().string(containsString("该卡已过期。")))
                .andExpect(content().string(containsString("安全码为 3 或 4 位数字。")))
                // what was typed comes back, except that the page still shows the order
                .andExpect(content().string(containsString("id=\"order-number\">" + ORDER + "<")));
        mvc.perform(payment("1234", "ZHANG SAN", "13/30", "1234").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("paymentForm", "cardNumber", "payment.cardNumber.length"))
                .andExpect(model().attributeHasFieldErrorCode("paymentForm", "expiry", "Pattern"));
        assertThat(process.payments()).isEmpty();
    }

    @Test
    void theCardNumberSaysWhatIsWrongWithIt() throws Exception {
        // the right length with a mistyped digit: the Luhn check fails
        mvc.perform(payment("4111 1111 1111 1112", "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer")))
                .andExpect(model().attributeHasFieldErrorCode("paymentForm", "cardNumber", "payment.cardNumber.invalid"))
                .andExpect(content().string(containsString("卡号无效，请检查是否输错。")))
                .andExpect(content().string(not(containsString("12–19"))));
        mvc.perform(payment("4111 1111 1111 1112", "ZHANG SAN", nextYear(), "123").param("lang", "en")
                        .with(TestUsers.user("customer")))
                .andExpect(content().string(containsString("The card number is not valid")))
                .andExpect(content().string(not(containsString("12 to 19 digits"))));
        // too short or too long: the length is what to fix
        mvc.perform(payment("4111 1111 111", "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer")))
                .andExpect(model().attributeHasFieldErrorCode("paymentForm", "cardNumber", "payment.cardNumber.length"))
                .andExpect(content().string(containsString("卡号应为 12–19 位数字。")));
        mvc.perform(payment("4".repeat(20), "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer")))
                .andExpect(model().attributeHasFieldErrorCode("paymentForm", "cardNumber", "payment.cardNumber.length"));
        mvc.perform(payment("4111-1111-1111-1111", "ZHANG SAN", nextYear(), "123").param("lang", "en")
                        .with(TestUsers.user("customer")))
                .andExpect(model().attributeHasFieldErrorCode("paymentForm", "cardNumber", "payment.cardNumber.digits"))
                .andExpect(content().string(containsString("The card number can only contain digits.")));
        assertThat(process.payments()).isEmpty();
    }

    @Test
    void anOrderThatIsNoLongerPendingCannotBePaidAgain() throws Exception {
        ServiceOrder order = orders.findById(ORDER).orElseThrow();
        order.cancel(CancelReason.PAYMENT_DECLINED, "payment declined", "payment-worker", clock);
        orders.save(order);

        MvcResult result = mvc.perform(payment(CARD, "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer")))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "payment.notPending"))
                .andReturn();
        assertThat(process.payments()).isEmpty();

        mvc.perform(get("/orders/" + ORDER).with(TestUsers.user("customer")).flashAttrs(result.getFlashMap()))
                .andExpect(content().string(containsString("该订单当前不能再次支付。")))
                .andExpect(content().string(containsString("data-status=\"CANCELLED\"")))
                .andExpect(content().string(not(containsString("id=\"payment-form\""))));
    }

    @Test
    void someoneElsesOrderCannotBePaid() throws Exception {
        mvc.perform(payment(CARD, "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer-2", "customer")))
                .andExpect(status().isNotFound());
        assertThat(process.payments()).isEmpty();
    }

    @Test
    void whenTheEngineIsDownThePaymentFormSaysSo() throws Exception {
        process.failWith(new IllegalStateException("UNAVAILABLE"));
        mvc.perform(payment(CARD, "ZHANG SAN", nextYear(), "123").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"payment-errors\"")))
                .andExpect(content().string(containsString("支付服务暂时不可用，请稍后重试。")))
                .andExpect(content().string(containsString("id=\"payment-form\"")));
        assertThat(orders.findById(ORDER).orElseThrow().getStatus().name()).isEqualTo("PENDING");
        assertThat(orders.findById(ORDER).orElseThrow().getPayment().state()).as("never sent: pay again")
                .isEqualTo(PaymentState.FAILED);
    }

    private String nextYear() {
        return YearMonth.now(clock).plusYears(1).format(DateTimeFormatter.ofPattern("MM/yy"));
    }

    private static MockHttpServletRequestBuilder payment(String card, String holder, String expiry, String cvc) {
        return post("/orders/" + ORDER + "/payment").with(csrf())
                .param("cardNumber", card)
                .param("cardHolder", holder)
                .param("expiry", expiry)
                .param("cvc", cvc);
    }
}
