package shop.agora.listeners.notification;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.RefundProcessed;
import shop.agora.core.notification.NotificationService;
import shop.agora.listeners.EventConsumer;

/** "Refund Processed" -> the refund email. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.REFUND_PROCESSED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = RefundProcessedEmailConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class RefundProcessedEmailConsumer extends EventConsumer<RefundProcessed> {

    static final String NAME = "notification-refund-processed";

    @EJB
    NotificationService notifications;

    public RefundProcessedEmailConsumer() {
        super(NAME, RefundProcessed.class);
    }

    @Override
    protected void handle(RefundProcessed event) {
        notifications.sendRefundProcessed(event);
    }
}
