package shop.agora.core.notification;

import java.io.Serializable;
import java.time.Instant;

/** One email as the back office lists it: SENT, or FAILED with the SMTP server's answer. */
public record EmailView(long id, Instant at, String recipient, String subject, String kind, String reference,
        String status, String error) implements Serializable {
}
