package com.careflow.notify;

import java.util.Arrays;
import java.util.stream.Collectors;

import com.careflow.domain.process.ServiceOrderProcess;

/**
 * The notifications a notify task can send, named by its {@code template} header. Each has its own subject
 * and intro in {@code mail/messages*.properties} (keys {@code <id>.subject}, {@code <id>.intro}) and a
 * layout under {@code mail/html} and {@code mail/text}.
 */
enum MailTemplate {

    ORDER_CONFIRMED(ServiceOrderProcess.TEMPLATE_ORDER_CONFIRMED, "order", false),
    ORDER_CANCELLED(ServiceOrderProcess.TEMPLATE_ORDER_CANCELLED, "order", true);

    private final String id;
    private final String layout;
    private final boolean withReason;

    MailTemplate(String id, String layout, boolean withReason) {
        this.id = id;
        this.layout = layout;
        this.withReason = withReason;
    }

    String id() {
        return id;
    }

    String layout() {
        return layout;
    }

    /** Whether the mail tells why (a cancellation does; a confirmation has nothing to explain). */
    boolean withReason() {
        return withReason;
    }

    static MailTemplate of(String id) {
        if (id == null) {
            throw new InvalidNotificationException("the task has no '" + ServiceOrderProcess.HEADER_TEMPLATE
                    + "' header");
        }
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst()
                .orElseThrow(() -> new InvalidNotificationException("unknown template '" + id + "' in task header '"
                        + ServiceOrderProcess.HEADER_TEMPLATE + "'; known: " + Arrays.stream(values())
                                .map(MailTemplate::id).collect(Collectors.joining(", "))));
    }
}
