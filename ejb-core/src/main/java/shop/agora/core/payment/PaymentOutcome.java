package shop.agora.core.payment;

import java.io.Serializable;

/**
 * What a payment attempt came to. {@code succeeded}: the card was charged (the order is confirmed shortly, by the
 * "Payment Processed" consumer). Otherwise {@code message} tells the customer why, and they can try another card.
 */
public record PaymentOutcome(boolean succeeded, String orderNumber, String message) implements Serializable {
}
