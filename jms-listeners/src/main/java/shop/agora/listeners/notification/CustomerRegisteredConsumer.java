package shop.agora.listeners.notification;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.CustomerRegistered;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.ProcessedEvents;
import shop.agora.core.notification.NotificationService;

/** "Customer Registered" -> a welcome email, once per event however often it is delivered. */
@MessageDriven(activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.CUSTOMER_REGISTERED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = CustomerRegisteredConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@RunAs(Role.Names.SYSTEM)
public class CustomerRegisteredConsumer implements MessageListener {

    static final String NAME = "notification-welcome";

    @EJB
    ProcessedEvents processed;

    @EJB
    NotificationService notifications;

    @Override
    public void onMessage(Message message) {
        CustomerRegistered event = EventPublisher.read(message, CustomerRegistered.class);
        if (processed.claim(NAME, event.eventId())) {
            notifications.sendWelcome(event);
        }
    }
}
