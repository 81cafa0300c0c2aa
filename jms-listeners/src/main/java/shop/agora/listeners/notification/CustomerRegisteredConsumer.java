package shop.agora.listeners.notification;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.EJB;
import jakarta.ejb.MessageDriven;
import jakarta.jms.MessageListener;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.CustomerRegistered;
import shop.agora.core.events.Destinations;
import shop.agora.core.notification.NotificationService;
import shop.agora.listeners.EventConsumer;

/** "Customer Registered" -> a welcome email, once per event however often it is delivered. */
@MessageDriven(messageListenerInterface = MessageListener.class, activationConfig = {
    @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "artemis-ra"),
    @ActivationConfigProperty(propertyName = "destinationType", propertyValue = "jakarta.jms.Topic"),
    @ActivationConfigProperty(propertyName = "destination", propertyValue = Destinations.CUSTOMER_REGISTERED),
    @ActivationConfigProperty(propertyName = "subscriptionDurability", propertyValue = "Durable"),
    @ActivationConfigProperty(propertyName = "subscriptionName", propertyValue = CustomerRegisteredConsumer.NAME),
    @ActivationConfigProperty(propertyName = "shareSubscriptions", propertyValue = "true"),
    @ActivationConfigProperty(propertyName = "maxSession", propertyValue = "4")
})
@RunAs(Role.Names.SYSTEM)
public class CustomerRegisteredConsumer extends EventConsumer<CustomerRegistered> {

    static final String NAME = "notification-welcome";

    @EJB
    NotificationService notifications;

    public CustomerRegisteredConsumer() {
        super(NAME, CustomerRegistered.class);
    }

    @Override
    protected void handle(CustomerRegistered event) {
        notifications.sendWelcome(event);
    }
}
