package shop.agora.listeners.payment;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.OrderCancelled;
import shop.agora.core.payment.PaymentProcessing;
import shop.agora.listeners.EventConsumer;

/** "Order Cancelled" -> PaymentProcessing refunds the card when the order was charged ("Refund Processed"). */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.ORDER_CANCELLED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = OrderCancelledRefundConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class OrderCancelledRefundConsumer extends EventConsumer<OrderCancelled> {

    static final String NAME = "payment-refund";

    @EJB
    PaymentProcessing payments;

    public OrderCancelledRefundConsumer() {
        super(NAME, OrderCancelled.class);
    }

    @Override
    protected void handle(OrderCancelled event) {
        if (event.refundDue()) {
            payments.refundOrder(event.orderId(), "Your order was cancelled.");
        }
    }
}
