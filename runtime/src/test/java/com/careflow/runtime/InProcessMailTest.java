package com.careflow.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Properties;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InProcessMailTest {

    @TempDir
    Path dataDir;

    @Test
    void mailSentOverSmtpCanBeReadOverImapWithAnyPassword() throws Exception {
        RuntimeProperties properties = TestProperties.bind(dataDir);
        InProcessMail mail = new InProcessMail(properties);
        mail.start();
        try {
            Session session = Session.getInstance(new Properties());
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress("noreply@careflow.local"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress("customer@careflow.local"));
            message.setSubject("订单已确认", "UTF-8");
            message.setText("ORD20250101000001", "UTF-8");
            Transport transport = session.getTransport("smtp");
            transport.connect("127.0.0.1", properties.mail().smtpPort(), null, null);
            transport.sendMessage(message, message.getAllRecipients());
            transport.close();

            Store store = session.getStore("imap");
            store.connect("127.0.0.1", properties.mail().imapPort(), "customer@careflow.local", "whatever");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessages()).singleElement().satisfies(received -> {
                assertThat(received.getSubject()).isEqualTo("订单已确认");
                assertThat(received.getContent().toString()).contains("ORD20250101000001");
            });
            store.close();
        } finally {
            mail.stop();
        }
        assertThat(PortCheck.isFree(properties.mail().smtpPort())).isTrue();
    }
}
