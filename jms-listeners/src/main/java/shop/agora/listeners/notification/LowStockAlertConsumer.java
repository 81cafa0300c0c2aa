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
import shop.agora.core.events.LowStockAlerted;
import shop.agora.core.events.ProcessedEvents;
import shop.agora.core.notification.NotificationService;

/** "Low Stock Alert" -> an email to the merchant whose SKU ran low. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.LOW_STOCK_ALERT),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = LowStockAlertConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class LowStockAlertConsumer implements MessageListener {

    static final String NAME = "notification-low-stock";

    @EJB
    ProcessedEvents processed;

    @EJB
    NotificationService notifications;

    @Override
    public void onMessage(Message message) {
        LowStockAlerted event = EventPublisher.read(message, LowStockAlerted.class);
        if (processed.claim(NAME, event.eventId())) {
            notifications.sendLowStockAlert(event);
        }
    }
}
