package com.careflow.portal.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Date;

import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.careflow.portal.PortalWebMvcTest;
import com.careflow.portal.TestUsers;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The local mailbox page, reading a real GreenMail server over IMAP with authentication off, as locally. */
@PortalWebMvcTest
@Import(MailInboxConfiguration.class)
class MailControllerTest {

    static final GreenMail GREEN_MAIL = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    static {
        GREEN_MAIL.start();
    }

    @DynamicPropertySource
    static void mailbox(DynamicPropertyRegistry properties) {
        properties.add("careflow.mail.inbox.enabled", () -> "true");
        properties.add("careflow.mail.inbox.imap-host", () -> "127.0.0.1");
        properties.add("careflow.mail.inbox.imap-port", () -> GREEN_MAIL.getImap().getPort());
    }

    @AfterAll
    static void stop() {
        GREEN_MAIL.stop();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void mails() throws Exception {
        GREEN_MAIL.purgeEmailFromAllMailboxes();
        send(TestUsers.email("customer"), "订单已确认 ORD20250101000001",
                "<p>您的订单已确认。</p><script>alert('x')</script>", new Date(System.currentTimeMillis() - 60_000));
        send(TestUsers.email("customer"), "Second mail", "<p>newer</p>", new Date());
        send(TestUsers.email("provider"), "For the provider", "<p>not yours</p>", new Date());
    }

    @Test
    void listsTheSignedInUsersMailsNewestFirst() throws Exception {
        String page = mvc.perform(get("/mail").with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mail-table\"")))
                .andExpect(content().string(containsString("data-mail-subject=\"订单已确认 ORD20250101000001\"")))
                .andExpect(content().string(containsString("noreply@careflow.local")))
                .andExpect(content().string(not(containsString("For the provider"))))
                .andExpect(content().string(containsString("id=\"nav-mail\"")))
                .andReturn().getResponse().getContentAsString();
        assertThat(page.indexOf("Second mail"))
                .isLessThan(page.indexOf("订单已确认 ORD20250101000001"));
    }

    @Test
    void showsTheHtmlBodyInASandboxedFrame() throws Exception {
        String list = mvc.perform(get("/mail").with(TestUsers.user("customer")))
                .andReturn().getResponse().getContentAsString();
        String uid = list.replaceAll("(?s).*href=\"/mail/(\\d+)\"[^>]*>订单已确认.*", "$1");

        mvc.perform(get("/mail/" + uid).with(TestUsers.user("customer")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"mail-subject\">订单已确认 ORD20250101000001<")))
                // no scripts, no same origin: a click on a link may only open it in the whole window
                .andExpect(content().string(containsString("sandbox=\"allow-top-navigation-by-user-activation\"")))
                .andExpect(content().string(containsString(
                        "srcdoc=\"&lt;base target=&quot;_top&quot;&gt;&lt;p&gt;您的订单已确认。&lt;/p&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                // the frame inherits the page's policy: the letters' style attributes may apply, scripts still not
                .andExpect(header().string("Content-Security-Policy", containsString("style-src-attr 'unsafe-inline'")))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")));
    }

    @Test
    void linksInAMailOpenInTheWholeWindow() {
        assertThat(MailController.linksLeaveTheFrame("<!DOCTYPE html><html><HEAD lang=\"zh\"><title>t</title></HEAD></html>"))
                .isEqualTo("<!DOCTYPE html><html><HEAD lang=\"zh\"><base target=\"_top\"><title>t</title></HEAD></html>");
        assertThat(MailController.linksLeaveTheFrame("<p>no head</p>")).isEqualTo("<base target=\"_top\"><p>no head</p>");
    }

    @Test
    void anotherUsersMailIsNotInMyMailbox() throws Exception {
        mvc.perform(get("/mail/999999").with(TestUsers.user("customer"))).andExpect(status().isNotFound());
    }

    private static void send(String to, String subject, String html, Date sent) throws Exception {
        MimeMessage message = new MimeMessage(GreenMailUtil.getSession(GREEN_MAIL.getSmtp().getServerSetup()));
        message.setFrom(new InternetAddress("noreply@careflow.local"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject(subject, "UTF-8");
        message.setSentDate(sent);
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart text = new MimeBodyPart();
        text.setText(html.replaceAll("<[^>]+>", ""), "UTF-8");
        MimeBodyPart htmlPart = new MimeBodyPart();
        htmlPart.setContent(html, "text/html; charset=UTF-8");
        alternative.addBodyPart(text);
        alternative.addBodyPart(htmlPart);
        message.setContent(alternative);
        GreenMailUtil.sendMimeMessage(message);
    }
}
