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
import com.careflow.domain.order.Orders;
import com.careflow.domain.order.ServiceOrder;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/**
 * Tells a customer about their order in the portal (IN_APP) and by email. Each notification's id is the
 * process step's key plus the channel, so a redelivered job finds what it already delivered and does not
 * deliver it again; a failed email is retried by the next delivery.
 */
@Component
class CustomerNotifier {

    private static final Logger log = LoggerFactory.getLogger(CustomerNotifier.class);

    private final Orders orders;
    private final Notifications notifications;
    private final MailRenderer renderer;
    private final JavaMailSender mailSender;
    private final MailSettings settings;
    private final Clock clock;

    CustomerNotifier(Orders orders, Notifications notifications, MailRenderer renderer, JavaMailSender mailSender,
            MailSettings settings, Clock clock) {
        this.orders = orders;
        this.notifications = notifications;
        this.renderer = renderer;
        this.mailSender = mailSender;
        this.settings = settings;
        this.clock = clock;
    }

    /** Throws {@link InvalidNotificationException} for an unknown order, {@link MailException} if SMTP fails. */
    void notify(String stepKey, MailTemplate template, String orderNumber, String reason) {
        ServiceOrder order = orders.findById(orderNumber)
                .orElseThrow(() -> new InvalidNotificationException("order " + orderNumber + " does not exist"));
        String why = !template.withReason() ? null : reason != null ? reason : order.getCancelReason();
        RenderedMail mail = renderer.render(template, order, why);
        storeInApp(notification(stepKey, NotificationChannel.IN_APP, template, order, mail));
        if (order.getCustomerEmail() == null) {
            log.info("Order {} has no customer email; notified in the portal only", orderNumber);
            return;
        }
        sendEmail(notifications.findById(stepKey + ":" + NotificationChannel.EMAIL)
                .orElseGet(() -> notification(stepKey, NotificationChannel.EMAIL, template, order, mail)), order, mail);
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

    private void sendEmail(Notification email, ServiceOrder order, RenderedMail mail) {
        if (email.isDelivered()) {
            return;
        }
        try {
            mailSender.send(mime(order, mail));
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

    private MimeMessage mime(ServiceOrder order, RenderedMail mail) {
        MimeMessage message = mailSender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(settings.from());
            helper.setTo(new InternetAddress(order.getCustomerEmail(), order.getCustomerName(), "UTF-8"));
            helper.setSubject(mail.subject());
            helper.setText(mail.text(), mail.html());
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailPreparationException("Cannot build the email for order " + order.getOrderNumber(), e);
        }
        return message;
    }

    private Notification notification(String stepKey, NotificationChannel channel, MailTemplate template,
            ServiceOrder order, RenderedMail mail) {
        boolean email = channel == NotificationChannel.EMAIL;
        // the portal shows its own page around an in-app notice: the short version, without greeting and footer
        return new Notification(stepKey + ":" + channel, order.getCustomerId(), email ? order.getCustomerEmail() : null,
                channel, template.id(), mail.subject(), email ? mail.text() : mail.summary(), order.getOrderNumber(),
                clock.instant());
    }
}
