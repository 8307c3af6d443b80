package com.careflow.portal.notification;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.NotificationStatus;

/**
 * A reader's in-app notifications: their own and their groups', newest first, with what is unread. Own
 * notifications carry their read state (status READ); a group notice is shared, so each member's reading is a
 * {@link NotificationRead} of their own and the notice stays unread for the others.
 */
class NotificationInbox {

    static final int PAGE = 50;

    private final MongoTemplate mongo;
    private final Clock clock;

    NotificationInbox(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    List<Notice> latest(Reader reader) {
        List<Notification> latest = mongo.find(inApp(reader.recipients()).with(Sort.by(Sort.Direction.DESC,
                "createdAt")).limit(PAGE), Notification.class);
        Set<String> readByMe = readIds(reader, latest.stream().filter(n -> Reader.isGroup(n.getRecipientId()))
                .map(Notification::getId).toList());
        return latest.stream().map(n -> new Notice(n, n.getStatus() == NotificationStatus.READ
                || readByMe.contains(n.getId()))).toList();
    }

    /** SENT = delivered to the in-app inbox and not opened yet (by this reader, for a group notice). */
    long unread(Reader reader) {
        long own = mongo.count(inApp(List.of(reader.id())).addCriteria(where("status").is(NotificationStatus.SENT)),
                Notification.class);
        if (reader.roles().isEmpty()) {
            return own;
        }
        // Look up read-marks only among the open group notices (ids only): the badge runs on every rendered page,
        // and the reader's read-marks keep growing.
        Query open = inApp(reader.groups()).addCriteria(where("status").is(NotificationStatus.SENT));
        open.fields().include("_id");
        List<String> openIds = mongo.find(open, Notification.class).stream().map(Notification::getId).toList();
        return own + openIds.size() - readIds(reader, openIds).size();
    }

    /** False when the reader has no such notification (someone else's is as absent as a missing one). */
    boolean markRead(String id, Reader reader) {
        Optional<Notification> found = Optional.ofNullable(mongo.findOne(inApp(reader.recipients())
                .addCriteria(where("_id").is(id)), Notification.class));
        if (found.isEmpty()) {
            return false;
        }
        Notification notification = found.get();
        if (!Reader.isGroup(notification.getRecipientId())) {
            if (notification.getStatus() != NotificationStatus.READ) {
                notification.markRead(clock.instant());
                mongo.save(notification);
            }
            return true;
        }
        try {
            mongo.insert(NotificationRead.of(reader.id(), id, clock.instant()));
        } catch (DuplicateKeyException readBefore) {
            // read twice (two tabs): the first reading stands
        }
        return true;
    }

    private static Query inApp(List<String> recipients) {
        return query(where("recipientId").in(recipients).and("channel").is(NotificationChannel.IN_APP));
    }

    /** The group notices this reader has read, among {@code ids}. */
    private Set<String> readIds(Reader reader, List<String> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Query reads = query(where("userId").is(reader.id()).and("notificationId").in(ids));
        return mongo.find(reads, NotificationRead.class).stream().map(NotificationRead::notificationId)
                .collect(Collectors.toSet());
    }
}
