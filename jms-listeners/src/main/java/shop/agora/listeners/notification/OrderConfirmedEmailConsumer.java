package shop.agora.listeners.notification;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.OrderConfirmed;
import shop.agora.core.notification.NotificationService;
import shop.agora.listeners.EventConsumer;

/** "Order Confirmed" -> the order confirmation email. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_CONFIRMED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = OrderConfirmedEmailConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@RunAs(Role.Names.SYSTEM)
public class OrderConfirmedEmailConsumer extends EventConsumer<OrderConfirmed> {

    static final String NAME = "notification-order-confirmed";

    @EJB
    NotificationService notifications;

    public OrderConfirmedEmailConsumer() {
        super(NAME, OrderConfirmed.class);
    }

    @Override
    protected void handle(OrderConfirmed event) {
        notifications.sendOrderConfirmation(event);
    }
}
