package shop.agora.listeners.payment;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.RefundRequested;
import shop.agora.core.payment.PaymentProcessing;
import shop.agora.listeners.EventConsumer;

/** "Refund Requested" -> PaymentProcessing gives the granted amount back to the card ("Refund Processed"). */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.REFUND_REQUESTED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = RefundRequestedConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "2")
})
@RunAs(Role.Names.SYSTEM)
public class RefundRequestedConsumer extends EventConsumer<RefundRequested> {

    static final String NAME = "payment-refund-request";

    @EJB
    PaymentProcessing payments;

    public RefundRequestedConsumer() {
        super(NAME, RefundRequested.class);
    }

    @Override
    protected void handle(RefundRequested event) {
        payments.refundPart(event.orderId(), event.amount(), "refund-request-" + event.requestId(), event.reason());
    }
}
