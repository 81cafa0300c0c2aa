package shop.agora.listeners.inventory;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.OrderCancelled;
import shop.agora.core.inventory.StockManagement;
import shop.agora.listeners.EventConsumer;

/** "Order Cancelled" -> StockManagement releases what is still held for the order and returns what was sold to it. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_CANCELLED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = OrderCancelledStockConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class OrderCancelledStockConsumer extends EventConsumer<OrderCancelled> {

    static final String NAME = "inventory-restore";

    @EJB
    StockManagement stock;

    public OrderCancelledStockConsumer() {
        super(NAME, OrderCancelled.class);
    }

    @Override
    protected void handle(OrderCancelled event) {
        stock.restoreOrder(event.orderNumber());
    }
}
