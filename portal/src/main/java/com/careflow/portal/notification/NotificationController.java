package com.careflow.portal.notification;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/** The signed-in user's in-app notifications, with those of their groups. */
@Controller
class NotificationController {

    private final NotificationInbox inbox;

    NotificationController(NotificationInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/notifications")
    String list(Authentication authentication, Model model) {
        model.addAttribute("notifications", inbox.latest(reader(authentication)));
        return "notification/list";
    }

    /** Someone else's notification (or another group's) is as absent as a missing one. */
    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable String id, Authentication authentication) {
        if (!inbox.markRead(id, reader(authentication))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No notification " + id);
        }
        return "redirect:/notifications";
    }

    private static Reader reader(Authentication authentication) {
        Reader reader = Reader.of(authentication);
        if (reader == null) {
            // the security rules let only signed-in (OIDC) users here
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return reader;
    }
}
