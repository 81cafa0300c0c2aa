package shop.agora.core.order.entity;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The order's life (the cart before it is the shopper's cart): awaiting payment -> paid -> confirmed -> fulfilled;
 * a declined payment goes to payment failed, from where the customer pays again (back to awaiting payment, with a
 * new stock hold); cancelled ends it from any state before fulfilment. Refund states come with after-sales.
 */
public enum OrderStatus {
    AWAITING_PAYMENT, PAYMENT_FAILED, PAID, CONFIRMED, FULFILLED, CANCELLED;

    /** The states this one may move to; anything else is an illegal transition. */
    public Set<OrderStatus> next() {
        return switch (this) {
            case AWAITING_PAYMENT -> EnumSet.of(PAID, PAYMENT_FAILED, CANCELLED);
            case PAYMENT_FAILED -> EnumSet.of(AWAITING_PAYMENT, CANCELLED);
            case PAID -> EnumSet.of(CONFIRMED, CANCELLED);
            case CONFIRMED -> EnumSet.of(FULFILLED, CANCELLED);
            case FULFILLED, CANCELLED -> EnumSet.noneOf(OrderStatus.class);
        };
    }

    public boolean canMoveTo(OrderStatus target) {
        return next().contains(target);
    }

    /** "awaiting payment", for messages. */
    public String words() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
