package shop.agora.it.support;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * What the test mail server received for one recipient: read in memory when this run started the server, and over
 * IMAP (user and password are the recipient's address) when the tests use a platform that is already running.
 */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> to(String recipient) {
        return PlatformSession.startedPlatform()
                .map(platform -> platform.mail().receivedMessages().stream()
                        .filter(message -> isFor(message, recipient)).toList())
                .orElseGet(() -> overImap(recipient));
    }

    public static MimeMessage awaitOne(String recipient, Duration timeout) {
        return Await.until("an email to " + recipient, timeout, () -> to(recipient), list -> !list.isEmpty()).get(0);
    }

    public static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<MimeMessage> overImap(String recipient) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(PlatformSession.settings().imapPort()));
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(recipient, recipient);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<MimeMessage> messages = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    messages.add(new MimeMessage((MimeMessage) message));
                }
                inbox.close(false);
                return messages;
            } finally {
                store.close();
            }
        } catch (jakarta.mail.AuthenticationFailedException e) {
            return List.of(); // no mail for this address yet: the server creates the user on the first message
        } catch (MessagingException e) {
            throw new IllegalStateException("Could not read the test mailbox of " + recipient, e);
        }
    }

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
