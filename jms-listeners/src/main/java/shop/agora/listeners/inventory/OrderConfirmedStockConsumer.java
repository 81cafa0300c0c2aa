package shop.agora.listeners.inventory;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.OrderConfirmed;
import shop.agora.core.inventory.StockManagement;
import shop.agora.listeners.EventConsumer;

/** "Order Confirmed" -> StockManagement sells the confirmed hold (on hand and held go down) and publishes "Inventory Updated". */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_CONFIRMED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = OrderConfirmedStockConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@RunAs(Role.Names.SYSTEM)
public class OrderConfirmedStockConsumer extends EventConsumer<OrderConfirmed> {

    static final String NAME = "inventory-sale";

    @EJB
    StockManagement stock;

    public OrderConfirmedStockConsumer() {
        super(NAME, OrderConfirmed.class);
    }

    @Override
    protected void handle(OrderConfirmed event) {
        stock.recordSale(event.orderNumber());
    }
}
