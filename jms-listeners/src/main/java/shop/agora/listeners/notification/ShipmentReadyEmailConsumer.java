package shop.agora.listeners.notification;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.ShipmentReady;
import shop.agora.core.notification.NotificationService;
import shop.agora.listeners.EventConsumer;

/** "Shipment Ready" -> the email with the parcel's tracking number. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.SHIPMENT_READY),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = ShipmentReadyEmailConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class ShipmentReadyEmailConsumer extends EventConsumer<ShipmentReady> {

    static final String NAME = "notification-shipment-ready";

    @EJB
    NotificationService notifications;

    public ShipmentReadyEmailConsumer() {
        super(NAME, ShipmentReady.class);
    }

    @Override
    protected void handle(ShipmentReady event) {
        notifications.sendShipmentReady(event);
    }
}
