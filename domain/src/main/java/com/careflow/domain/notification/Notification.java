package com.careflow.domain.notification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A message to one user on one channel. The id is an idempotency key derived from the process step that
 * caused it, so a redelivered job finds the notification it already sent.
 */
@Document("notifications")
public class Notification {

    @Id
    private String id;
    @Version
    private Long version;
    private String recipientId;
    private String recipientAddress;
    private NotificationChannel channel;
    private String template;
    private String subject;
    private String body;
    private String orderNumber;
    private NotificationStatus status;
    private String failure;
    private Instant createdAt;
    private Instant sentAt;
    private Instant readAt;

    protected Notification() {
        // for Spring Data
    }

    public Notification(String id, String recipientId, String recipientAddress, NotificationChannel channel,
            String template, String subject, String body, String orderNumber, Instant createdAt) {
        this.id = id;
        this.recipientId = recipientId;
        this.recipientAddress = recipientAddress;
        this.channel = channel;
        this.template = template;
        this.subject = subject;
        this.body = body;
        this.orderNumber = orderNumber;
        this.createdAt = createdAt;
        this.status = NotificationStatus.QUEUED;
    }

    public void markSent(Instant at) {
        status = NotificationStatus.SENT;
        sentAt = at;
        failure = null;
    }

    public void markFailed(String reason) {
        status = NotificationStatus.FAILED;
        failure = reason;
    }

    public void markRead(Instant at) {
        if (status != NotificationStatus.READ) {
            status = NotificationStatus.READ;
            readAt = at;
        }
    }

    public boolean isDelivered() {
        return status == NotificationStatus.SENT || status == NotificationStatus.READ;
    }

    public String getId() { return id; }
    public String getRecipientId() { return recipientId; }
    public String getRecipientAddress() { return recipientAddress; }
    public NotificationChannel getChannel() { return channel; }
    public String getTemplate() { return template; }
    public String getSubject() { return subject; }
    public String getBody() { return body; }
    public String getOrderNumber() { return orderNumber; }
    public NotificationStatus getStatus() { return status; }
    public String getFailure() { return failure; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getSentAt() { return sentAt; }
    public Instant getReadAt() { return readAt; }
}
