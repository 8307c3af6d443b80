package com.careflow.notify;

import java.io.UnsupportedEncodingException;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.Notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Delivers a rendered notification in the portal (IN_APP) and by email, each at most once. Each notification's id
 * is the process step's key plus the channel, so a redelivered job finds what it already delivered and does not
 * deliver it again; a failed email is retried by the next delivery.
 */
@Component
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final Notifications notifications;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final Clock clock;

    Deliveries(Notifications notifications, JavaMailSender mailSender, MailSettings settings, Clock clock) {
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    /** Throws {@link MailException} if SMTP fails; the in-app copy is stored by then. */
    void deliver(String stepKey, MailTemplate template, String orderNumber, Recipient to, RenderedMail mail) {
        storeInApp(notification(stepKey, NotificationChannel.IN_APP, template, orderNumber, to, mail));
        if (to.email() == null) {
            log.info("{} for order {} has no email address; notified in the portal only", to.id(), orderNumber);
            return;
        }
        sendEmail(notifications.findById(stepKey + ":" + NotificationChannel.EMAIL)
                .orElseGet(() -> notification(stepKey, NotificationChannel.EMAIL, template, orderNumber, to, mail)),
                to, mail);
    }

    /** An in-app notification is delivered by being stored; a concurrent twin may have stored it first. */
    private void storeInApp(Notification inApp) {
        if (notifications.existsById(inApp.getId())) {
            return;
        }
        inApp.markSent(clock.instant());
        try {
            notifications.insert(inApp);
        } catch (DuplicateKeyException storedByTwin) {
            // same step, same content: nothing to do
        }
    }

    private void sendEmail(Notification email, Recipient to, RenderedMail mail) {
        if (email.isDelivered()) {
            return;
        }
        try {
            mailSender.send(mime(to, mail));
            email.markSent(clock.instant());
        } catch (MailException e) {
            email.markFailed(describe(e));
            throw e;
        } finally {
            notifications.save(email);
        }
    }

    /** One line for people: JavaMail's messages span lines and repeat themselves per failed message. */
    static String describe(Throwable e) {
        String summary = String.valueOf(e.getMessage()).lines().findFirst().orElse("").replaceAll("[;\\s]+$", "");
        Throwable root = NestedExceptionUtils.getRootCause(e);
        return root == null || summary.contains(String.valueOf(root.getMessage())) ? summary
                : summary + " (" + root.getMessage() + ")";
    }

    private MimeMessage mime(Recipient to, RenderedMail mail) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(new InternetAddress(to.email(), to.name(), "UTF-8"));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot build the email " + mail.subject(), e);
        }
        return message;
    }

    private Notification notification(String stepKey, NotificationChannel channel, MailTemplate template,
            String orderNumber, Recipient to, RenderedMail mail) {
        boolean email = channel == NotificationChannel.EMAIL;
        // the portal shows its own page around an in-app notice: the short version, without greeting and footer
        return new Notification(stepKey + ":" + channel, to.id(), email ? to.email() : null, channel, template.id(),
                mail.subject(), email ? mail.text() : mail.summary(), orderNumber, clock.instant());
    }
}
