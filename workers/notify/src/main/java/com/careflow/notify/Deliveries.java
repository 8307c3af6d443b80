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
 * Delivers a rendered notification in the portal (IN_APP) and by email, each at most once. Each copy's id is an
 * idempotency key ({@link NotificationIds}: the process step's key plus the channel for a job, what was alerted for
 * a task alert), so a redelivered task or a second alert run finds what was already delivered and does not deliver
 * it again; a failed email is retried by the next delivery.
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

    /**
     * Throws {@link MailException} if SMTP fails; the in-app copy is stored by then. {@code orderNumber} is the
     * order it is about, if any (the portal links to it).
     */
    void deliver(NotificationIds ids, MailTemplate template, String orderNumber, Recipient to, RenderedMail mail) {
        storeInApp(notification(ids.inApp(), NotificationChannel.IN_APP, template, orderNumber, to, mail));
        if (to.email() == null) {
            log.info("{} has no email address; {} ({}) notified in the portal only", to.id(), template.id(),
                    ids.inApp());
            return;
        }
        sendEmail(notifications.findById(ids.email())
                .orElseGet(() -> notification(ids.email(), NotificationChannel.EMAIL, template, orderNumber, to,
                        mail)), to, mail);
    }

    /**
     * Stores an in-app notification unless one with its id exists: returns false when it did (already delivered,
     * maybe by a concurrent twin).
     */
    boolean storeInApp(String id, MailTemplate template, Recipient to, RenderedMail mail) {
        return storeInApp(notification(id, NotificationChannel.IN_APP, template, null, to, mail));
    }

    /** An in-app notification is delivered by being stored; a concurrent twin may have stored it first. */
    private boolean storeInApp(Notification inApp) {
        if (notifications.existsById(inApp.getId())) {
            return false;
        }
        inApp.markSent(clock.instant());
        try {
            notifications.insert(inApp);
            return true;
        } catch (DuplicateKeyException storedByTwin) {
            return false; // same key, same content: nothing to do
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

    private Notification notification(String id, NotificationChannel channel, MailTemplate template,
            String orderNumber, Recipient to, RenderedMail mail) {
        boolean email = channel == NotificationChannel.EMAIL;
        // the portal shows its own page around an in-app notice: the short version, without greeting and footer
        return new Notification(id, to.id(), email ? to.email() : null, channel, template.id(),
                mail.subject(), email ? mail.text() : mail.summary(), orderNumber, clock.instant());
    }
}
