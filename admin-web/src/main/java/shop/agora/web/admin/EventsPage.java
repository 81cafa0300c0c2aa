package shop.agora.web.admin;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import shop.agora.core.events.DeadLetter;
import shop.agora.core.events.EventAdministration;
import shop.agora.core.events.EventTrace;
import shop.agora.core.events.Outbox;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * Backing bean of {@code events.xhtml}: the events still waiting to be handed to the broker, the messages waiting in
 * the dead-letter queue, each of which an admin sends back to the consumer that failed on it or discards, and the
 * events of one order ({@code ?order=}) with what each consumer made of them. While the broker cannot be reached the
 * page still shows what the event log knows, and says that the queue cannot be read. View scoped: a row's button
 * acts on the message that was shown; after an action the lists are read again.
 */
@Named
@ViewScoped
public class EventsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Between a lower-case letter or digit and a capital: where "PaymentProcessed" gets its space. */
    private static final Pattern WORD_BREAK = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");

    @Inject
    EventAdministration events;

    private String order;
    private Outbox outbox;
    private List<DeadLetter> deadLetters;
    private List<EventTrace> orderEvents;
    private boolean brokerUnreachable;

    /** The search was submitted: show the events of the order it names. */
    public void search() {
        orderEvents = null;
    }

    /** Sends the dead-lettered message back to the consumer that failed on it (and to no other). */
    public void retry(UUID eventId, String type, String consumer) {
        if (Refusals.run(() -> events.retry(eventId, consumer))) {
            Messages.info(Messages.app("events.retried", typeLabel(type), consumer));
        }
        refresh();
    }

    /** Takes the dead-lettered message off the queue for good: the consumer never acts on it. */
    public void discard(UUID eventId, String type, String consumer) {
        if (Refusals.run(() -> events.discard(eventId, consumer))) {
            Messages.info(Messages.app("events.discarded", typeLabel(type), consumer));
        }
        refresh();
    }

    public String discardQuestion(String type, String consumer) {
        return Messages.app("events.discard.question", typeLabel(type), consumer);
    }

    private void refresh() {
        outbox = null;
        deadLetters = null;
        orderEvents = null;
        brokerUnreachable = false;
    }

    /** The events not yet handed to the broker (read from the event log, so known while the broker is away). */
    public Outbox getOutbox() {
        if (outbox == null) {
            outbox = events.outbox();
        }
        return outbox;
    }

    public List<DeadLetter> getDeadLetters() {
        if (deadLetters == null) {
            try {
                deadLetters = events.deadLetters();
            } catch (EJBException e) { // the dead-letter queue lives in the broker
                brokerUnreachable = true;
                deadLetters = List.of();
            }
        }
        return deadLetters;
    }

    /**
     * Whether the broker could not be reached to read the dead-letter queue (an order's events are then shown from
     * the event log, none as dead-lettered).
     */
    public boolean isBrokerUnreachable() {
        getDeadLetters();
        return brokerUnreachable;
    }

    /** Whether the dead-letter list may leave messages out: the service gives at most its maximum. */
    public boolean isDeadLettersTruncated() {
        return getDeadLetters().size() >= EventAdministration.MAX_ROWS;
    }

    /** The events of the order searched for, oldest first; none before a search. */
    public List<EventTrace> getOrderEvents() {
        if (orderEvents == null) {
            orderEvents = order == null ? List.of() : events.forOrder(order);
        }
        return orderEvents;
    }

    public boolean isOrderEventsTruncated() {
        return getOrderEvents().size() >= EventAdministration.MAX_ROWS;
    }

    public boolean isSearched() {
        return order != null;
    }

    /** "No events for order AG-1001-7." */
    public String getNoEvents() {
        return Messages.app("events.order.none", order);
    }

    /** An event's type in words: "PaymentProcessed" is "Payment Processed". */
    public String typeLabel(String type) {
        return inWords(type);
    }

    static String inWords(String type) {
        return type == null ? "" : WORD_BREAK.matcher(type).replaceAll(" ");
    }

    /** An order number as the event log keeps it: without spaces around it, in capitals; null when blank. */
    static String orderNumber(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = orderNumber(order);
    }
}
