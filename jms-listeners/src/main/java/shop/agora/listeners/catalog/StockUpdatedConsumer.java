package shop.agora.listeners.catalog;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.catalog.ProductManagement;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.StockUpdated;
import shop.agora.listeners.EventConsumer;

/** "Stock Updated" (a purchase order was received) -> ProductManagement marks the products available again. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.STOCK_UPDATED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = StockUpdatedConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class StockUpdatedConsumer extends EventConsumer<StockUpdated> {

    static final String NAME = "catalog-restocked";

    @EJB
    ProductManagement products;

    public StockUpdatedConsumer() {
        super(NAME, StockUpdated.class);
    }

    @Override
    protected void handle(StockUpdated event) {
        products.refreshAvailability(event.productIds());
    }
}
