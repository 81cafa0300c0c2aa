package shop.agora.listeners;

import jakarta.ejb.EJB;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import shop.agora.core.events.DomainEvent;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.ProcessedEvents;

/**
 * What every consumer does with a message: read the event, claim it under the consumer's name (so a redelivered
 * event has no second effect) and react. The claim and the reaction share the message's transaction: if the reaction
 * throws, both roll back and the broker redelivers, then dead-letters; every failed attempt is recorded for the back
 * office's "Events" page.
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
    public void onMessage(Message message) {
        E event = EventPublisher.read(message, type);
        try {
            if (processed.claim(name, event.eventId())) {
                handle(event);
            }
        } catch (RuntimeException e) {
            processed.failed(name, event.eventId(), e);
            throw e;
        }
    }

    protected abstract void handle(E event);
}
