package shop.agora.it.support;

import jakarta.mail.BodyPart;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The test SMTP server's mailboxes, read over IMAP from wherever the test runs (also inside the container, where
 * {@link Mailbox} cannot reach the platform). The test platform's IMAP port is 3143.
 */
public final class ImapMailbox {

    private static final int PORT = Integer.getInteger("agora.it.imap-port", 3143);

    /** One received mail: subject, plain-text part and HTML part. */
    public record Mail(String subject, String text, String html) {
    }

    private ImapMailbox() {
    }

    public static List<Mail> to(String recipient) {
        Properties properties = new Properties();
        properties.put("mail.imap.host", "127.0.0.1");
        properties.put("mail.imap.port", String.valueOf(PORT));
        try {
            Store store = Session.getInstance(properties).getStore("imap");
            store.connect(recipient, recipient);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(read(message));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (MessagingException | IOException e) {
            return List.of(); // no mailbox yet: nothing received
        }
    }

    /** Waits until the recipient has received mails with all these subjects (a subject may start with each). */
    public static List<Mail> awaitSubjects(String recipient, Duration timeout, String... subjectStarts) {
        return Await.until("mails to " + recipient + " starting " + List.of(subjectStarts), timeout,
                () -> to(recipient), mails -> List.of(subjectStarts).stream()
                        .allMatch(start -> mails.stream().anyMatch(m -> m.subject().startsWith(start))));
    }

    private static Mail read(Message message) throws MessagingException, IOException {
        String text = null;
        String html = null;
        if (message.getContent() instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/plain")) {
                    text = (String) part.getContent();
                } else if (part.isMimeType("text/html")) {
                    html = (String) part.getContent();
                }
            }
        } else {
            text = String.valueOf(message.getContent());
        }
        return new Mail(message.getSubject(), text, html);
    }
}
