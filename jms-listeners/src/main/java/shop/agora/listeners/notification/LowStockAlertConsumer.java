package shop.agora.listeners.notification;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.LowStockAlerted;
import shop.agora.core.notification.NotificationService;
import shop.agora.listeners.EventConsumer;

/** "Low Stock Alert" -> an email to the merchant whose SKU ran low. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.LOW_STOCK_ALERT),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = LowStockAlertConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class LowStockAlertConsumer extends EventConsumer<LowStockAlerted> {

    static final String NAME = "notification-low-stock";

    @EJB
    NotificationService notifications;

    public LowStockAlertConsumer() {
        super(NAME, LowStockAlerted.class);
    }

    @Override
    protected void handle(LowStockAlerted event) {
        notifications.sendLowStockAlert(event);
    }
}
