package shop.agora.listeners.order;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.PaymentProcessed;
import shop.agora.core.order.OrderManagement;
import shop.agora.listeners.EventConsumer;

/** "Payment Processed" -> OrderManagement confirms the order (paid, stock sold, "Order Confirmed"). */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.PAYMENT_PROCESSED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = PaymentProcessedConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
@RunAs(Role.Names.SYSTEM)
public class PaymentProcessedConsumer extends EventConsumer<PaymentProcessed> {

    static final String NAME = "order-confirmation";

    @EJB
    OrderManagement orders;

    public PaymentProcessedConsumer() {
        super(NAME, PaymentProcessed.class);
    }

    @Override
    protected void handle(PaymentProcessed event) {
        orders.confirmPayment(event);
    }
}
