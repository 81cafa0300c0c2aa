package shop.agora.listeners.notification;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.OrderCancelled;
import shop.agora.core.events.ProcessedEvents;
import shop.agora.core.notification.NotificationService;

/** "Order Cancelled" -> an email to the customer with the reason (and the refund, when there was one). */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_CANCELLED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = OrderCancelledConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class OrderCancelledConsumer implements MessageListener {

    static final String NAME = "notification-order-cancelled";

    @EJB
    ProcessedEvents processed;

    @EJB
    NotificationService notifications;

    @Override
    public void onMessage(Message message) {
        OrderCancelled event = EventPublisher.read(message, OrderCancelled.class);
        if (processed.claim(NAME, event.eventId())) {
            notifications.sendOrderCancelled(event);
        }
    }
}
