package shop.agora.core.order.entity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The order's life (the cart before it is the shopper's cart): awaiting payment -> paid -> confirmed -> shipped (its
 * first parcel picked up) -> fulfilled (everything delivered). A declined payment goes to payment failed, from where
 * the customer pays again (back to awaiting payment, with a new stock hold); cancelled ends it from any state before
 * shipment. After delivery, a refund request ends it refunded, partially refunded (both through refund pending
 * while the card refund is under way, or at once to the wallet) or with store credit issued.
 */
public enum OrderStatus {
    AWAITING_PAYMENT, PAYMENT_FAILED, PAID, CONFIRMED, SHIPPED, FULFILLED, CANCELLED, REFUND_PENDING, REFUNDED,
    PARTIALLY_REFUNDED, CREDIT_ISSUED;

    /** The states this one may move to; anything else is an illegal transition. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case AWAITING_PAYMENT -> EnumSet.of(PAID, PAYMENT_FAILED, CANCELLED);
            case PAYMENT_FAILED -> EnumSet.of(AWAITING_PAYMENT, CANCELLED);
            case PAID -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(SHIPPED, CANCELLED);
            case SHIPPED -> EnumSet.of(FULFILLED);
            case FULFILLED -> EnumSet.of(REFUND_PENDING, REFUNDED, PARTIALLY_REFUNDED, CREDIT_ISSUED);
            case REFUND_PENDING -> EnumSet.of(REFUNDED, PARTIALLY_REFUNDED);
            case CANCELLED, REFUNDED, PARTIALLY_REFUNDED, CREDIT_ISSUED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    /** The customer may still cancel: nothing has left the warehouse yet. */
    public boolean cancellable() {
        return canMoveTo(CANCELLED);
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /** "awaiting payment", for messages. */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
