package com.careflow.app.features;

import java.util.Properties;

import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Value;

import com.careflow.domain.assignment.Offer;

import io.cucumber.java.en.When;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;

/** Operations (the admin role) in its own browser, and its mailbox. */
public class OperationsSteps {

    private final int imapPort;
    private final String operationsEmail;
    private final SignedInUsers users;
    private final CurrentOrder current;
    private final ProviderRanking ranking;

    public OperationsSteps(@Value("${careflow.runtime.mail.imap-port}") int imapPort,
            @Value("${careflow.operations.email:ops@careflow.local}") String operationsEmail, SignedInUsers users,
            CurrentOrder current, ProviderRanking ranking) {
        this.imapPort = imapPort;
        this.operationsEmail = operationsEmail;
        this.users = users;
        this.current = current;
        this.ranking = ranking;
    }

    /** The demo admin, signed in through Keycloak in a browser of their own, on whatever page it shows. */
    Browser signedIn() {
        return users.current("admin", "careflow", "/operations/assignments");
    }

    @When("operations approves the complaint")
    public void approveComplaint() {
        String row = "[data-order='" + current.number() + "']";
        Browser admin = signedIn();
        admin.await(d -> {
            admin.open("/operations/complaints");
            return d.findElements(By.cssSelector(row + " .approve-button")).isEmpty() ? null : true;
        }, ServiceOrderSteps.PROCESS_TIMEOUT);
        admin.find(By.cssSelector(row + " .approve-button")).click();
    }

    /** Whether the operations mailbox holds a message naming {@code orderNumber}, read over IMAP. */
    boolean mailMentions(String orderNumber) {
        return mailMentions("", orderNumber);
    }

    /** Whether the operations mailbox holds a message whose subject contains {@code subjectPart}, naming {@code what}. */
    boolean mailMentions(String subjectPart, String what) {
        Properties props = new Properties();
        props.put("mail.store.protocol", "imap");
        try {
            Store store = Session.getInstance(props).getStore("imap");
            store.connect("127.0.0.1", imapPort, operationsEmail, "any");
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                for (Message message : inbox.getMessages()) {
                    String subject = String.valueOf(message.getSubject());
                    if (subject.contains(subjectPart)
                            && (subject.contains(what) || text((MimeMessage) message).contains(what))) {
                        return true;
                    }
                }
                return false;
            } finally {
                store.close();
            }
        } catch (MessagingException | java.io.IOException e) {
            return false;
        }
    }

    private static String text(MimeMessage message) throws MessagingException, java.io.IOException {
        return text(message.getContent());
    }

    /** Every part's text; a mail with an HTML and a text body nests multiparts (mixed, related, alternative). */
    private static String text(Object content) throws MessagingException, java.io.IOException {
        if (content instanceof jakarta.mail.Multipart multipart) {
            StringBuilder all = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                all.append(text(multipart.getBodyPart(i).getContent()));
            }
            return all.toString();
        }
        return String.valueOf(content);
    }

    String bestScoring(Offer offer) {
        return ranking.best(offer);
    }
}
