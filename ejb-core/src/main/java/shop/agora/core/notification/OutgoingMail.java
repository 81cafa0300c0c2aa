package shop.agora.core.notification;

import java.util.Objects;

/** One email to one recipient, with a plain-text and an HTML body. */
public record OutgoingMail(String to, String subject, String text, String html) {

    public OutgoingMail {
        Objects.requireNonNull(to);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(text);
    }
}
