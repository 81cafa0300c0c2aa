package shop.agora.core.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import shop.agora.core.shared.Ids;

/**
 * A record of an email the platform sent or tried to send: to whom, what, about which order, when, and the SMTP
 * server's answer when it failed. The body is not kept.
 */
@Entity
@Table(name = "email_message")
public class EmailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "email_message_id")
    @SequenceGenerator(name = "email_message_id", sequenceName = "email_message_id_seq", allocationSize = Ids.BLOCK)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(nullable = false, length = 10)
    private String status;

    @Column(length = 500)
    private String error;

    @Column(length = 40)
    private String reference;

    protected EmailMessage() {
    }

    public EmailMessage(String recipient, String subject, String kind, Instant sentAt) {
        this(recipient, subject, kind, null, sentAt, null);
    }

    /** A mail about {@code reference} (an order number, or null); {@code error} is null when it was sent. */
    public EmailMessage(String recipient, String subject, String kind, String reference, Instant at, String error) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.kind = Objects.requireNonNull(kind);
        this.reference = reference;
        this.sentAt = Objects.requireNonNull(at);
        this.status = error == null ? "SENT" : "FAILED";
        this.error = error == null ? null : error.length() > 500 ? error.substring(0, 499) + "\u2026" : error;
    }

    public Long id() {
        return id;
    }

    public String recipient() {
        return recipient;
    }

    public String subject() {
        return subject;
    }

    public String kind() {
        return kind;
    }

    public Instant sentAt() {
        return sentAt;
    }

    public String status() {
        return status;
    }

    public String error() {
        return error;
    }

    public String reference() {
        return reference;
    }
}
