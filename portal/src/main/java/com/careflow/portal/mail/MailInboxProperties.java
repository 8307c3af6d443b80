package com.careflow.portal.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The local mailbox page: only on the local runtime, where GreenMail receives every mail the platform sends and
 * serves it over IMAP with authentication off (any password opens the mailbox of the address).
 */
@ConfigurationProperties("careflow.mail.inbox")
record MailInboxProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("127.0.0.1") String imapHost,
        @DefaultValue("3143") int imapPort,
        @DefaultValue("50") int maxMessages) {
}
