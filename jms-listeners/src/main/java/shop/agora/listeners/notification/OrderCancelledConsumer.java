package shop.agora.listeners.notification;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.OrderCancelled;
import shop.agora.core.notification.NotificationService;
import shop.agora.listeners.EventConsumer;

/** "Order Cancelled" -> an email to the customer with the reason (and the refund, when there was one). */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_CANCELLED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = OrderCancelledConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class OrderCancelledConsumer extends EventConsumer<OrderCancelled> {

    static final String NAME = "notification-order-cancelled";

    @EJB
    NotificationService notifications;

    public OrderCancelledConsumer() {
        super(NAME, OrderCancelled.class);
    }

    @Override
    protected void handle(OrderCancelled event) {
        notifications.sendOrderCancelled(event);
    }
}
