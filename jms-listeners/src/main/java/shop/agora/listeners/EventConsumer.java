package shop.agora.listeners;

import jakarta.ejb.EJB;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.agora.core.events.DomainEvent;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.ProcessedEvents;

/**
 * What every consumer does with a message: read the event, claim it under the consumer's name (so a redelivered
 * event has no second effect) and react. The claim and the reaction share one transaction
 * ({@link ProcessedEvents#once}); the message itself is taken outside it and acknowledged once that transaction has
 * committed. If the reaction throws, claim and effects roll back and the broker redelivers (with a delay), then
 * dead-letters; every failed attempt is recorded for the back office's "Events" page.
 */
public abstract class EventConsumer<E extends DomainEvent> implements MessageListener {

    private final String name;
    private final Class<E> type;

    @EJB
    ProcessedEvents processed;

    protected EventConsumer(String name, Class<E> type) {
        this.name = name;
        this.type = type;
    }

    @Override
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onMessage(Message message) {
        E event = EventPublisher.read(message, type);
        try {
            processed.once(name, event.eventId(), () -> handle(event));
        } catch (RuntimeException e) {
            processed.failed(name, event.eventId(), e);
            throw e;
        }
    }

    protected abstract void handle(E event);
}
