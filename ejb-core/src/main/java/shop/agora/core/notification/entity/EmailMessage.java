package shop.agora.core.notification.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A record of an email the platform sent: to whom, what, when. The body is not kept. */
@Entity
@Table(name = "email_message")
public class EmailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 200)
    private String subject;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    protected EmailMessage() {
    }

    public EmailMessage(String recipient, String subject, String kind, Instant sentAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.kind = Objects.requireNonNull(kind);
        this.sentAt = Objects.requireNonNull(sentAt);
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
}
