package shop.agora.listeners.order;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.RefundProcessed;
import shop.agora.core.order.RefundRequests;
import shop.agora.listeners.EventConsumer;

/** "Refund Processed" -> a pending refund request is done: the order becomes refunded or partially refunded. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.REFUND_PROCESSED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = RefundProcessedOrderConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class RefundProcessedOrderConsumer extends EventConsumer<RefundProcessed> {

    static final String NAME = "order-refund-completed";

    @EJB
    RefundRequests refunds;

    public RefundProcessedOrderConsumer() {
        super(NAME, RefundProcessed.class);
    }

    @Override
    protected void handle(RefundProcessed event) {
        refunds.refundCompleted(event);
    }
}
