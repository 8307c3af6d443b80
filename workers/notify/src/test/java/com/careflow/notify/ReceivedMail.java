package com.careflow.notify;

import java.io.IOException;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

/** A mail as GreenMail received it, decoded: what a mail client would show. */
record ReceivedMail(String from, String to, String subject, String text, String html) {

    static ReceivedMail of(MimeMessage message) throws MessagingException, IOException {
        return new ReceivedMail(((InternetAddress) message.getFrom()[0]).toUnicodeString(),
                ((InternetAddress) message.getAllRecipients()[0]).getAddress(), message.getSubject(),
                lines(part(message, "text/plain")), part(message, "text/html"));
    }

    /** SMTP carries text lines as CRLF; a reader sees lines. */
    private static String lines(String text) {
        return text == null ? null : text.replace("\r\n", "\n");
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = part(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
