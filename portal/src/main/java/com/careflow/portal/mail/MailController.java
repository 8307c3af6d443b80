package com.careflow.portal.mail;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import com.careflow.portal.mail.MailInbox.MailContent;

/** The local mailbox of the signed-in user: the mails the platform sent to their address. */
@Controller
@ConditionalOnProperty(name = MailInboxConfiguration.ENABLED, havingValue = "true")
class MailController {

    private static final Logger log = LoggerFactory.getLogger(MailController.class);

    private static final Pattern HEAD = Pattern.compile("<head(\\s[^>]*)?>", Pattern.CASE_INSENSITIVE);
    private static final String BASE_TOP = "<base target=\"_top\">";

    private final MailInbox inbox;

    MailController(MailInbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping("/mail")
    String list(@AuthenticationPrincipal OidcUser user, Model model) {
        model.addAttribute("address", user.getEmail());
        if (user.getEmail() == null) {
            model.addAttribute("problem", "mail.noAddress");
            return "mail/list";
        }
        try {
            model.addAttribute("mails", inbox.list(user.getEmail()));
        }
        catch (MessagingException e) {
            log.warn("Could not read the local mailbox of {}", user.getEmail(), e);
            model.addAttribute("problem", "mail.unavailable");
        }
        return "mail/list";
    }

    /**
     * Links in a mail (e.g. "view order") open in the whole window: inside the frame the portal's pages refuse to
     * be framed and the click ends on a broken frame. A {@code <base target="_top">} in the mail's head does it;
     * the frame's sandbox allows a top navigation only on a click, and still no scripts.
     */
    static String linksLeaveTheFrame(String html) {
        Matcher head = HEAD.matcher(html);
        return head.find()
                ? html.substring(0, head.end()) + BASE_TOP + html.substring(head.end())
                : BASE_TOP + html;
    }

    /** One mail; the user's own mailbox only, since the mailbox is chosen by their address. */
    @GetMapping("/mail/{uid}")
    String mail(@PathVariable long uid, @AuthenticationPrincipal OidcUser user, Model model) {
        if (user.getEmail() == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No mailbox without an address");
        }
        Optional<MailContent> mail;
        try {
            mail = inbox.read(user.getEmail(), uid);
        }
        catch (MessagingException | IOException e) {
            log.warn("Could not read mail {} of {}", uid, user.getEmail(), e);
            model.addAttribute("problem", "mail.unavailable");
            return "mail/detail";
        }
        MailContent content = mail
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No mail " + uid));
        model.addAttribute("mail", content);
        model.addAttribute("mailFrame", content.html() == null ? null : linksLeaveTheFrame(content.html()));
        return "mail/detail";
    }
}
