package shop.agora.core.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.CustomerRegistered;
import shop.agora.core.events.LowStockAlerted;
import shop.agora.core.events.OrderCancelled;
import shop.agora.core.events.OrderConfirmed;
import shop.agora.core.events.OrderDelivered;
import shop.agora.core.events.RefundProcessed;
import shop.agora.core.events.ShipmentReady;
import shop.agora.core.notification.control.MailTemplates;
import shop.agora.core.notification.entity.EmailMessage;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderLine;
import shop.agora.core.payment.PaymentLedger;
import shop.agora.core.shared.Money;
import shop.agora.core.shipping.entity.Shipment;

/**
 * Emails, sent by the event consumers (the SYSTEM role): order confirmation, parcel ready, delivery, cancellation,
 * refund (from the templates in {@code mail/}), welcome and low-stock alerts. Each mail is recorded; a mail that the
 * SMTP server refuses is recorded as failed and throws, so the event is delivered again (and dead-lettered after the
 * last attempt).
 */
@Stateless
@RolesAllowed(Role.Names.SYSTEM)
public class NotificationService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    @PersistenceContext
    EntityManager em;

    @Inject
    MailSender mailSender;

    @Inject
    Clock clock;

    @EJB
    EmailLog log;

    @Inject
    @ConfigProperty(name = "agora.storefront.url")
    String storefrontUrl;

    public void sendWelcome(CustomerRegistered event) {
        String name = event.displayName();
        String subject = "Welcome to Agora, " + name;
        String text = "Hello " + name + ",\n\nyour Agora account is ready. Sign in with " + event.email()
                + " to follow your orders.\n\nHappy shopping!\nAgora";
        String html = "<p>Hello " + Html.escape(name) + ",</p><p>your Agora account is ready. Sign in with "
                + Html.escape(event.email()) + " to follow your orders.</p><p>Happy shopping!<br>Agora</p>";
        send(new OutgoingMail(event.email(), subject, text, html), "WELCOME", null);
    }

    /** Tells the merchant's contact address that one of its SKUs ran low (the daily check's "Low Stock Alert"). */
    public void sendLowStockAlert(LowStockAlerted event) {
        String to = em.createQuery("select m.contactEmail from Merchant m where m.id = :id", String.class)
                .setParameter("id", event.merchantId()).getSingleResult();
        String subject = shorten("Low stock: " + event.productName() + " (" + event.skuCode() + ")");
        String text = "Hello,\n\nthe daily stock check found " + event.productName() + " (SKU " + event.skuCode()
                + ") at " + event.available() + " available units, at or below its reorder point of "
                + event.reorderPoint() + ". The platform suggests ordering " + event.suggestedQuantity()
                + " units; an administrator approves the replenishment.\n\nAgora";
        String html = "<p>Hello,</p><p>the daily stock check found <strong>" + Html.escape(event.productName())
                + "</strong> (SKU " + Html.escape(event.skuCode()) + ") at " + event.available()
                + " available units, at or below its reorder point of " + event.reorderPoint()
                + ".</p><p>The platform suggests ordering " + event.suggestedQuantity()
                + " units; an administrator approves the replenishment.</p><p>Agora</p>";
        send(new OutgoingMail(to, subject, text, html), "LOW_STOCK", null);
    }

    /** "Order Confirmed": the order confirmation with items, totals and the delivery address. */
    public void sendOrderConfirmation(OrderConfirmed event) {
        Order order = em.find(Order.class, event.orderId());
        Map<String, Object> model = orderModel(order);
        model.put("lines", order.lines().stream().map(l -> line(order, l, l.quantity())).toList());
        Order.Destination to = order.destination();
        model.put("addressName", to.name());
        model.put("street", to.street());
        model.put("postalCode", to.postalCode());
        model.put("city", to.city());
        model.put("country", to.country());
        model.put("subtotal", money(order, order.totals().subtotal()));
        model.put("shipping", money(order, order.totals().shipping()));
        model.put("tax", money(order, order.totals().tax()));
        model.put("total", money(order, order.totals().total()));
        model.put("balanceUsed", order.balancePaid().signum() > 0);
        model.put("balancePaid", money(order, order.balancePaid()));
        model.put("method", order.shippingMethod());
        send(order, "Your order " + order.number() + " is confirmed", "order-confirmed", model, "ORDER_CONFIRMED");
    }

    /** "Shipment Ready": a parcel with its tracking number. */
    public void sendShipmentReady(ShipmentReady event) {
        Order order = em.find(Order.class, event.orderId());
        Shipment shipment = em.find(Shipment.class, event.shipmentId());
        Map<String, Object> model = orderModel(order);
        model.put("shipmentNumber", shipment.number());
        model.put("carrier", shipment.carrier());
        model.put("trackingNumber", shipment.trackingNumber());
        model.put("lines", shipment.lines().stream().map(sl -> order.lines().stream()
                .filter(l -> l.id() == sl.orderLineId()).findFirst().map(l -> line(order, l, sl.quantity()))
                .orElseThrow()).toList());
        send(order, "Your order " + order.number() + " is on its way (" + shipment.trackingNumber() + ")",
                "shipment-ready", model, "SHIPMENT_READY");
    }

    /** "Order Delivered": the order arrived; how to ask for a refund. */
    public void sendOrderDelivered(OrderDelivered event) {
        Order order = em.find(Order.class, event.orderId());
        Map<String, Object> model = orderModel(order);
        model.put("deliveredOn", DAY.format(event.deliveredAt()));
        model.put("refundDays", em.createNativeQuery("select credit_days from refund_policy where id = 1")
                .getSingleResult());
        send(order, "Your order " + order.number() + " was delivered", "order-delivered", model, "ORDER_DELIVERED");
    }

    /**
     * Tells the customer that their order was cancelled, why, and what happens to the payment: the card's charge
     * goes back to the card, what their wallet and store credit paid goes back to them.
     */
    public void sendOrderCancelled(OrderCancelled event) {
        Order order = em.find(Order.class, event.orderId());
        Map<String, Object> model = orderModel(order);
        model.put("reason", event.reason());
        @SuppressWarnings("unchecked")
        List<Object> charged = em.createNativeQuery("select amount from payment where order_id = ? and status in "
                + "('SUCCEEDED', 'REFUNDED') and gateway <> ?").setParameter(1, order.id())
                .setParameter(2, PaymentLedger.BALANCE).getResultList();
        model.put("refundComing", event.refundDue() && !charged.isEmpty());
        model.put("total", money(order, charged.isEmpty() ? order.cardDue() : (BigDecimal) charged.get(0)));
        model.put("balanceComing", order.balancePaid().signum() > 0);
        model.put("balancePaid", money(order, order.balancePaid()));
        send(order, "Your order " + order.number() + " was cancelled", "order-cancelled", model, "ORDER_CANCELLED");
    }

    /** "Refund Processed": how much went back, and where. */
    public void sendRefundProcessed(RefundProcessed event) {
        Order order = em.find(Order.class, event.orderId());
        Map<String, Object> model = orderModel(order);
        model.put("amount", Money.of(event.amount(), event.currency()).format(Locale.ENGLISH));
        model.put("reason", event.reason());
        model.put("card", "CARD".equals(event.destination()));
        model.put("destinationWords", switch (event.destination()) {
            case "CARD" -> "to the card you paid with";
            case "WALLET" -> "to your Agora wallet, ready to spend at checkout";
            case "STORE_CREDIT" -> "as store credit, ready to spend at checkout";
            case "BALANCE" -> "to your Agora wallet and store credit, ready to spend at checkout";
            default -> "";
        });
        send(order, "Refund for your order " + order.number(), "refund-processed", model, "REFUND_PROCESSED");
    }

    private Map<String, Object> orderModel(Order order) {
        Map<String, Object> model = new HashMap<>();
        model.put("number", order.number());
        model.put("name", order.destination().name());
        String number = URLEncoder.encode(order.number(), StandardCharsets.UTF_8);
        model.put("orderUrl", storefrontUrl + (order.accountId() != null ? "/account/order?number=" + number
                : "/track?number=" + number));
        return model;
    }

    private static Map<String, Object> line(Order order, OrderLine line, int quantity) {
        return Map.of("quantity", quantity, "product", line.productName(), "variant", line.skuLabel(),
                "lineTotal", money(order, line.unitPrice().multiply(BigDecimal.valueOf(quantity))));
    }

    private static String money(Order order, BigDecimal amount) {
        return Money.of(amount, order.totals().currency()).format(Locale.ENGLISH);
    }

    private void send(Order order, String subject, String template, Map<String, Object> model, String kind) {
        model.put("subject", subject);
        MailTemplates.Rendered body = MailTemplates.render(template, model);
        send(new OutgoingMail(order.email(), shorten(subject), body.text(), body.html()), kind, order.number());
    }

    private void send(OutgoingMail mail, String kind, String reference) {
        try {
            mailSender.send(mail);
        } catch (RuntimeException e) {
            log.failed(new EmailMessage(mail.to(), mail.subject(), kind, reference, clock.instant(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            throw e;
        }
        em.persist(new EmailMessage(mail.to(), mail.subject(), kind, reference, clock.instant(), null));
    }

    private static String shorten(String subject) {
        return subject.length() > 200 ? subject.substring(0, 199) + "\u2026" : subject;
    }
}
