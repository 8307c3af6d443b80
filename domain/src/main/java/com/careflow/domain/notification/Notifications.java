package com.careflow.domain.notification;

import java.util.List;

import org.springframework.data.mongodb.repository.MongoRepository;

/** Notification history, per user and channel. */
public interface Notifications extends MongoRepository<Notification, String> {

    List<Notification> findTop50ByRecipientIdAndChannelOrderByCreatedAtDesc(String recipientId,
            NotificationChannel channel);

    long countByRecipientIdAndChannelAndStatus(String recipientId, NotificationChannel channel,
            NotificationStatus status);
}
