package com.careflow.portal.mail;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout to show the "local mailbox" link; absent (so no link) when the mailbox is off. */
@ControllerAdvice
@ConditionalOnProperty(name = MailInboxConfiguration.ENABLED, havingValue = "true")
class MailboxLinkAdvice {

    @ModelAttribute("mailboxEnabled")
    boolean mailboxEnabled() {
        return true;
    }
}
