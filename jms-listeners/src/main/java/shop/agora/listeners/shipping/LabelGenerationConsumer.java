package shop.agora.listeners.shipping;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.OrderConfirmed;
import shop.agora.core.shipping.LabelGeneration;
import shop.agora.listeners.EventConsumer;

/** "Order Confirmed" -> LabelGeneration registers the parcels with the carrier, renders their labels and publishes "Shipment Ready". */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_CONFIRMED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = LabelGenerationConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@RunAs(Role.Names.SYSTEM)
public class LabelGenerationConsumer extends EventConsumer<OrderConfirmed> {

    static final String NAME = "label-generation";

    @EJB
    LabelGeneration labels;

    public LabelGenerationConsumer() {
        super(NAME, OrderConfirmed.class);
    }

    @Override
    protected void handle(OrderConfirmed event) {
        labels.createShipments(event);
    }
}
