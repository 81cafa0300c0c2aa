package shop.agora.it.support;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/** What the test SMTP server received. */
public final class Mailbox {

    private Mailbox() {
    }

    public static List<MimeMessage> to(String recipient) {
        return PlatformSession.platform().mail().receivedMessages().stream()
                .filter(message -> isFor(message, recipient))
                .toList();
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

    private static boolean isFor(MimeMessage message, String recipient) {
        try {
            Address[] to = message.getAllRecipients();
            return to != null && Arrays.stream(to).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
