package shop.agora.core.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.CustomerRegistered;
import shop.agora.core.events.LowStockAlerted;
import shop.agora.core.events.OrderCancelled;
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

    /** Tells the merchant's contact address that one of its SKUs ran low (the daily check's "Low Stock Alert"). */
    @RolesAllowed(Role.Names.SYSTEM)
    public void sendLowStockAlert(LowStockAlerted event) {
        String to = em.createQuery("select m.contactEmail from Merchant m where m.id = :id", String.class)
                .setParameter("id", event.merchantId()).getSingleResult();
        String subject = "Low stock: " + event.productName() + " (" + event.skuCode() + ")";
        subject = subject.length() > 200 ? subject.substring(0, 199) + "\u2026" : subject;
        String text = "Hello,\n\nthe daily stock check found " + event.productName() + " (SKU " + event.skuCode()
                + ") at " + event.available() + " available units, at or below its reorder point of "
                + event.reorderPoint() + ". The platform suggests ordering " + event.suggestedQuantity()
                + " units; an administrator approves the replenishment.\n\nAgora";
        String html = "<p>Hello,</p><p>the daily stock check found <strong>" + Html.escape(event.productName())
                + "</strong> (SKU " + Html.escape(event.skuCode()) + ") at " + event.available()
                + " available units, at or below its reorder point of " + event.reorderPoint()
                + ".</p><p>The platform suggests ordering " + event.suggestedQuantity()
                + " units; an administrator approves the replenishment.</p><p>Agora</p>";
        mailSender.send(new OutgoingMail(to, subject, text, html));
        em.persist(new EmailMessage(to, subject, "LOW_STOCK", clock.instant()));
    }

    /** Tells the customer that their order was cancelled, why, and what was refunded. */
    @RolesAllowed(Role.Names.SYSTEM)
    public void sendOrderCancelled(OrderCancelled event) {
        String subject = "Your order " + event.orderNumber() + " was cancelled";
        String text = "Hello,\n\nwe are sorry: your order " + event.orderNumber() + " was cancelled.\n\n"
                + event.reason() + "\n\nAgora";
        String html = "<p>Hello,</p><p>we are sorry: your order <strong>" + Html.escape(event.orderNumber())
                + "</strong> was cancelled.</p><p>" + Html.escape(event.reason()) + "</p><p>Agora</p>";
        mailSender.send(new OutgoingMail(event.email(), subject, text, html));
        em.persist(new EmailMessage(event.email(), subject, "ORDER_CANCELLED", clock.instant()));
    }
}
