package shop.agora.core.events;

/**
 * Fired (as a CDI event) by {@link EventPublisher} when a transaction writes an event to the event log; the relay
 * observes it after the transaction commits and sends what is waiting.
 */
public record EventsLogged() {
}
