package shop.agora.listeners.catalog;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.catalog.ProductManagement;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.ProcessedEvents;
import shop.agora.core.events.StockUpdated;

/** "Stock Updated" (a purchase order was received) -> ProductManagement marks the products available again. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.STOCK_UPDATED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = StockUpdatedConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class StockUpdatedConsumer implements MessageListener {

    static final String NAME = "catalog-restocked";

    @EJB
    ProcessedEvents processed;

    @EJB
    ProductManagement products;

    @Override
    public void onMessage(Message message) {
        StockUpdated event = EventPublisher.read(message, StockUpdated.class);
        if (processed.claim(NAME, event.eventId())) {
            products.refreshAvailability(event.productIds());
        }
    }
}
