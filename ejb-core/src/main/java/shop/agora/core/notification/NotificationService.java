package shop.agora.core.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.CustomerRegistered;
import shop.agora.core.notification.entity.EmailMessage;

/**
 * Emails to customers, sent by the event consumers (the SYSTEM role). Each sent mail is recorded; a mail that the
 * SMTP server refuses throws, so the event is redelivered.
 */
@Stateless
public class NotificationService {

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSender mailSender;

    @Inject
    Clock clock;

    @RolesAllowed(Role.Names.SYSTEM)
    public void sendWelcome(CustomerRegistered event) {
        String name = event.displayName();
        String subject = "Welcome to Agora, " + name;
        String text = "Hello " + name + ",\n\nyour Agora account is ready. Sign in with " + event.email()
                + " to follow your orders.\n\nHappy shopping!\nAgora";
        String html = "<p>Hello " + Html.escape(name) + ",</p><p>your Agora account is ready. Sign in with "
                + Html.escape(event.email()) + " to follow your orders.</p><p>Happy shopping!<br>Agora</p>";
        mailSender.send(new OutgoingMail(event.email(), subject, text, html));
        em.persist(new EmailMessage(event.email(), subject, "WELCOME", clock.instant()));
    }
}
