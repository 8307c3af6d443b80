package com.careflow.portal.mail;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import jakarta.mail.Address;
import jakarta.mail.FetchProfile;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;

/** Reads one address's INBOX from the local IMAP server. Read-only: opening the page marks nothing as seen. */
class MailInbox {

    private static final int TIMEOUT_MILLIS = 5_000;

    private final MailInboxProperties properties;
    private final Session session;

    MailInbox(MailInboxProperties properties) {
        this.properties = properties;
        Properties imap = new Properties();
        imap.put("mail.store.protocol", "imap");
        imap.put("mail.imap.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        imap.put("mail.imap.timeout", String.valueOf(TIMEOUT_MILLIS));
        this.session = Session.getInstance(imap);
    }

    /** The newest mails first, at most {@code maxMessages}. */
    List<MailSummary> list(String address) throws MessagingException {
        try (Store store = connect(address)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                Message[] messages = inbox.getMessages();
                FetchProfile profile = new FetchProfile();
                profile.add(FetchProfile.Item.ENVELOPE);
                profile.add(UIDFolder.FetchProfileItem.UID);
                inbox.fetch(messages, profile);
                List<MailSummary> mails = new ArrayList<>();
                for (Message message : messages) {
                    mails.add(summary((UIDFolder) inbox, message));
                }
                mails.sort(Comparator.comparing(MailSummary::sentAt, Comparator.nullsLast(Comparator.reverseOrder()))
                        .thenComparing(MailSummary::uid, Comparator.reverseOrder()));
                return mails.stream().limit(properties.maxMessages()).toList();
            }
            finally {
                inbox.close(false);
            }
        }
    }

    /** One mail by its IMAP UID, with the HTML body if it has one, else the plain text. */
    Optional<MailContent> read(String address, long uid) throws MessagingException, IOException {
        try (Store store = connect(address)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                Message message = ((UIDFolder) inbox).getMessageByUID(uid);
                if (message == null) {
                    return Optional.empty();
                }
                return Optional.of(new MailContent(summary((UIDFolder) inbox, message),
                        body(message, "text/html"), body(message, "text/plain")));
            }
            finally {
                inbox.close(false);
            }
        }
    }

    private Store connect(String address) throws MessagingException {
        Store store = session.getStore("imap");
        // the local server has authentication off: the address opens its own mailbox with any password
        store.connect(properties.imapHost(), properties.imapPort(), address, "local");
        return store;
    }

    private static MailSummary summary(UIDFolder inbox, Message message) throws MessagingException {
        Instant sentAt = message.getSentDate() != null ? message.getSentDate().toInstant()
                : message.getReceivedDate() != null ? message.getReceivedDate().toInstant() : null;
        return new MailSummary(inbox.getUID(message), from(message.getFrom()), message.getSubject(), sentAt);
    }

    private static String from(Address[] from) {
        return from == null ? "" : String.join(", ", Arrays.stream(from).map(Address::toString).toList());
    }

    /** The first part of the given type, searching through multiparts (mails here are HTML with a text fallback). */
    private static String body(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = body(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A line of the mail list. */
    record MailSummary(long uid, String from, String subject, Instant sentAt) {
    }

    /** A mail to show: the HTML goes into a sandboxed frame, the text is the fallback. */
    record MailContent(MailSummary summary, String html, String text) {
    }
}
