package com.careflow.portal.notification;

import java.time.Instant;
import java.util.Set;

import com.careflow.domain.notification.Notification;
import com.careflow.domain.process.CertificationProcess;
import com.careflow.domain.process.ContentReviewProcess;

/**
 * One in-app notification as the list shows it: read or not for this reader (a group notice per member), whether it
 * went to a group, and the page it is about: a task's form for task alerts, the author's content, the applicant's
 * certification (orders keep their own button).
 */
record Notice(Notification notification, boolean read) {

    /** Task alerts of the notify worker; their ids are {@code <template>:<task key>:<recipient>}. */
    static final Set<String> TASK_TEMPLATES = Set.of("task-created", "task-due");
    static final Set<String> CONTENT_TEMPLATES = Set.of(ContentReviewProcess.TEMPLATE_PUBLISHED,
            ContentReviewProcess.TEMPLATE_REJECTED);
    static final Set<String> CERTIFICATION_TEMPLATES = Set.of(CertificationProcess.TEMPLATE_APPROVED,
            CertificationProcess.TEMPLATE_REJECTED, CertificationProcess.TEMPLATE_RENEWAL,
            CertificationProcess.TEMPLATE_EXPIRED);

    public String id() {
        return notification.getId();
    }

    public String subject() {
        return notification.getSubject();
    }

    public String body() {
        return notification.getBody();
    }

    public Instant createdAt() {
        return notification.getCreatedAt();
    }

    public String orderNumber() {
        return notification.getOrderNumber();
    }

    public String template() {
        return notification.getTemplate();
    }

    public boolean group() {
        return Reader.isGroup(notification.getRecipientId());
    }

    /** The portal page the notice is about, or null. */
    public String link() {
        String template = notification.getTemplate();
        if (TASK_TEMPLATES.contains(template)) {
            String[] parts = notification.getId().split(":");
            // the id names the task: task-created:<task id>:<group>, task-due:<task id>:<user>
            return parts.length > 1 && parts[1].matches("[0-9A-Za-z-]+") ? "/tasks/" + parts[1] : null;
        }
        if (CONTENT_TEMPLATES.contains(template)) {
            return "/content/mine";
        }
        return CERTIFICATION_TEMPLATES.contains(template) ? "/certification" : null;
    }
}
