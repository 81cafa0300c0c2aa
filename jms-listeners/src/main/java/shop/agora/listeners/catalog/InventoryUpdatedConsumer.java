package shop.agora.listeners.catalog;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.catalog.ProductManagement;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.InventoryUpdated;
import shop.agora.listeners.EventConsumer;

/** "Inventory Updated" -> the catalog's "in stock" flags (search facet, listings) follow the stock. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.INVENTORY_UPDATED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = InventoryUpdatedConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@RunAs(Role.Names.SYSTEM)
public class InventoryUpdatedConsumer extends EventConsumer<InventoryUpdated> {

    static final String NAME = "catalog-availability";

    @EJB
    ProductManagement products;

    public InventoryUpdatedConsumer() {
        super(NAME, InventoryUpdated.class);
    }

    @Override
    protected void handle(InventoryUpdated event) {
        products.refreshAvailability(event.productIds());
    }
}
