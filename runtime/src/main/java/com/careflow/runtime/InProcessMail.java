package com.careflow.runtime;

import java.util.List;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * SMTP and IMAP inside the app's JVM (GreenMail). Authentication is off: a mailbox is created on first delivery and
 * anyone may read it over IMAP by logging in as its address with any password.
 */
final class InProcessMail {

    static final String NAME = "Mail";

    private final RuntimeProperties.Mail mail;
    private GreenMail server;

    InProcessMail(RuntimeProperties properties) {
        this.mail = properties.mail();
    }

    List<PortCheck.Port> ports() {
        String prefix = RuntimeProperties.PREFIX + ".mail.";
        return List.of(
                new PortCheck.Port(mail.smtpPort(), "SMTP", prefix + "smtp-port"),
                new PortCheck.Port(mail.imapPort(), "IMAP", prefix + "imap-port"));
    }

    void start() {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(mail.smtpPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(mail.imapPort(), "127.0.0.1", ServerSetup.PROTOCOL_IMAP) })
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        server = greenMail;
        Progress.say("%s (in-process) ready: SMTP 127.0.0.1:%d, IMAP 127.0.0.1:%d".formatted(NAME,
                mail.smtpPort(), mail.imapPort()));
    }

    void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }
}
