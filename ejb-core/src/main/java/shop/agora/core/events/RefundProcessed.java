package shop.agora.core.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * Money went back to a customer: {@code destination} is CARD (through the payment gateway), WALLET or STORE_CREDIT
 * (the customer's balance with the shop), or BALANCE (wallet and store credit both). {@code reason} says why, for the
 * customer.
 */
public record RefundProcessed(UUID eventId, Instant occurredAt, long orderId, String orderNumber, String email,
        BigDecimal amount, String currency, String destination, String reason) implements OrderEvent {
}
