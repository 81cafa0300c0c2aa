package shop.agora.core.events;

/**
 * Every destination on the broker, in one place. Domain events go to topics (one per event type) so that each
 * interested component consumes through its own durable subscription; a message that keeps failing is moved by
 * the broker to {@link #DEAD_LETTER_QUEUE} after the configured number of attempts.
 */
public final class Destinations {

    public static final String PAYMENT_PROCESSED = "agora.payment-processed";
    public static final String ORDER_CONFIRMED = "agora.order-confirmed";
    public static final String ORDER_CANCELLED = "agora.order-cancelled";
    public static final String REFUND_REQUESTED = "agora.refund-requested";
    public static final String REFUND_PROCESSED = "agora.refund-processed";
    public static final String INVENTORY_UPDATED = "agora.inventory-updated";
    public static final String LOW_STOCK_ALERT = "agora.low-stock-alert";
    public static final String REPLENISHMENT_ORDERED = "agora.replenishment-ordered";
    public static final String STOCK_UPDATED = "agora.stock-updated";
    public static final String SHIPMENT_READY = "agora.shipment-ready";
    public static final String ORDER_DELIVERED = "agora.order-delivered";
    public static final String CUSTOMER_REGISTERED = "agora.customer-registered";

    /** Where the broker puts a message after its last failed delivery attempt. */
    public static final String DEAD_LETTER_QUEUE = "DLQ";

    /** Message properties every published event carries. */
    public static final String EVENT_ID = "agoraEventId";
    public static final String EVENT_TYPE = "agoraEventType";

    /** The JMS client id shared by all durable subscriptions of the application. */
    public static final String CLIENT_ID = "agora";

    private Destinations() {
    }
}
