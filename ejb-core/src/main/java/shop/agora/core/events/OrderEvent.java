package shop.agora.core.events;

/** An event about one order: the event log files it under the order's number. */
public interface OrderEvent extends DomainEvent {

    String orderNumber();
}
