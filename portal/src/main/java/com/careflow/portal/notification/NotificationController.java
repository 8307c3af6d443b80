package com.careflow.portal.notification;

import java.time.Clock;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

import com.careflow.domain.notification.Notification;
import com.careflow.domain.notification.NotificationChannel;
import com.careflow.domain.notification.NotificationStatus;
import com.careflow.domain.notification.Notifications;

/** The signed-in user's in-app notifications. */
@Controller
class NotificationController {

    private final Notifications notifications;
    private final Clock clock;

    NotificationController(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("notifications", notifications
                .findTop50ByRecipientIdAndChannelOrderByCreatedAtDesc(user.getSubject(), NotificationChannel.IN_APP));
        return "notification/list";
    }

    /** Someone else's notification is as absent as a missing one. */
    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable String id, @AuthenticationPrincipal OidcUser user) {
        Notification notification = notifications.findById(id)
                .filter(n -> n.getChannel() == NotificationChannel.IN_APP)
                .filter(n -> user.getSubject().equals(n.getRecipientId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No notification " + id));
        if (notification.getStatus() != NotificationStatus.READ) {
            notification.markRead(clock.instant());
            notifications.save(notification);
        }
        return "redirect:/notifications";
    }
}
