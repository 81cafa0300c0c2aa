package shop.agora.listeners.order;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.PaymentProcessed;
import shop.agora.core.events.ProcessedEvents;
import shop.agora.core.order.OrderManagement;

/** "Payment Processed" -> OrderManagement confirms the order (paid, stock sold, "Order Confirmed"). */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.PAYMENT_PROCESSED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = PaymentProcessedConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "8")
})
@RunAs(Role.Names.SYSTEM)
public class PaymentProcessedConsumer implements MessageListener {

    static final String NAME = "order-confirmation";

    @EJB
    ProcessedEvents processed;

    @EJB
    OrderManagement orders;

    @Override
    public void onMessage(Message message) {
        PaymentProcessed event = EventPublisher.read(message, PaymentProcessed.class);
        if (processed.claim(NAME, event.eventId())) {
            orders.confirmPayment(event);
        }
    }
}
