package shop.agora.listeners.notification;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.OrderDelivered;
import shop.agora.core.notification.NotificationService;
import shop.agora.listeners.EventConsumer;

/** "Order Delivered" -> the delivery email. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_DELIVERED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = OrderDeliveredEmailConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class OrderDeliveredEmailConsumer extends EventConsumer<OrderDelivered> {

    static final String NAME = "notification-order-delivered";

    @EJB
    NotificationService notifications;

    public OrderDeliveredEmailConsumer() {
        super(NAME, OrderDelivered.class);
    }

    @Override
    protected void handle(OrderDelivered event) {
        notifications.sendOrderDelivered(event);
    }
}
