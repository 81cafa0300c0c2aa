package shop.agora.core.order.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.agora.core.order.control.Totals;
import shop.agora.core.shared.DomainException;

class OrderTest {

    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void theHappyPathIsRecordedStepByStep() {
        Order order = order();
        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status());
        order.markPaid("event Payment Processed", NOW.plusSeconds(5));
        order.confirm("event Payment Processed", NOW.plusSeconds(5));
        assertTrue(order.status().cancellable(), "cancellable until picked up");
        order.ship("carrier", NOW.plusSeconds(3_600));
        assertFalse(order.status().cancellable(), "not once it left the warehouse");
        assertThrows(DomainException.class, () -> order.cancel("too late", "customer", NOW.plusSeconds(3_700)));
        order.fulfil("carrier", NOW.plusSeconds(86_400));
        assertEquals(OrderStatus.FULFILLED, order.status());
        assertEquals(NOW.plusSeconds(86_400), order.deliveredAt(), "refund periods count from delivery");
        List<OrderHistoryEntry> history = order.history();
        assertEquals(5, history.size());
        assertNull(history.get(0).from());
        assertEquals(OrderStatus.AWAITING_PAYMENT, history.get(0).to());
        assertEquals("guest ada@example.test", history.get(0).actor());
        assertEquals(OrderStatus.PAID, history.get(1).to());
        assertEquals(OrderStatus.PAID, history.get(2).from());
        assertEquals(OrderStatus.CONFIRMED, history.get(2).to());
        assertEquals(OrderStatus.SHIPPED, history.get(3).to());
        assertEquals("carrier", history.get(4).actor());
    }

    @Test
    void afterDeliveryARefundEndsTheOrder() {
        Order order = order();
        order.markPaid("payment", NOW);
        order.confirm("payment", NOW);
        order.ship("carrier", NOW);
        order.fulfil("carrier", NOW);
        order.refundPending("Card refund of 120.00", "customer", NOW);
        order.partiallyRefunded("Refunded 60.00 of 120.00", "gateway", NOW);
        assertEquals(OrderStatus.PARTIALLY_REFUNDED, order.status());
        assertThrows(DomainException.class, () -> order.refunded("again", "gateway", NOW), "it has ended");
    }

    @Test
    void aFailedPaymentCanBeRetriedWithANewAttemptKey() {
        Order order = order();
        String first = order.paymentKey();
        order.paymentFailed("Your card was declined.", "payment gateway", NOW);
        assertEquals(OrderStatus.PAYMENT_FAILED, order.status());
        assertEquals("Your card was declined.", order.statusReason());
        order.retryPayment("guest", NOW);
        assertEquals(OrderStatus.AWAITING_PAYMENT, order.status());
        assertFalse(first.equals(order.paymentKey()), "a new attempt gets a new key");
        assertEquals("AG-1001-7-1", order.paymentKey());
    }

    @Test
    void illegalTransitionsAreRefusedAndLeaveNoTrace() {
        Order order = order();
        DomainException refused = assertThrows(DomainException.class, () -> order.confirm("someone", NOW));
        assertEquals("Order AG-1001-7 is awaiting payment and cannot become confirmed.", refused.getMessage());
        assertThrows(DomainException.class, () -> order.fulfil("someone", NOW));
        assertThrows(DomainException.class, () -> order.retryPayment("someone", NOW));
        assertEquals(1, order.history().size());
        order.cancel("Changed my mind", "ada@example.test", NOW);
        assertThrows(DomainException.class, () -> order.markPaid("event", NOW));
        assertEquals(OrderStatus.CANCELLED, order.status());
    }

    @Test
    void theBalancePaysPartOfTheTotalAndTheCardTheRestWhileTheOrderAwaitsPayment() {
        Order order = order();
        assertEquals(new BigDecimal("0.00"), order.balancePaid(), "nothing from the balance by default");
        assertEquals(new BigDecimal("1452.00"), order.cardDue());
        order.payFromBalance(new BigDecimal("100.00"), new BigDecimal("52.00"));
        assertEquals(new BigDecimal("152.00"), order.balancePaid());
        assertEquals(new BigDecimal("1300.00"), order.cardDue());
        assertThrows(DomainException.class, () -> order.payFromBalance(new BigDecimal("1000.00"),
                new BigDecimal("452.01")), "never more than the total");
        order.payFromBalance(new BigDecimal("1452.00"), new BigDecimal("0.00"));
        assertEquals(new BigDecimal("0.00"), order.cardDue(), "the balance may pay everything");
        order.markPaid("payment", NOW);
        assertThrows(DomainException.class, () -> order.payFromBalance(BigDecimal.ZERO, BigDecimal.ZERO),
                "paid: its payment is settled");
    }

    @Test
    void anOrderPaidFromTheBalanceAloneIsPartiallyRefundedAtOnce() {
        assertTrue(OrderStatus.FULFILLED.canMoveTo(OrderStatus.PARTIALLY_REFUNDED), "no card refund to wait for");
    }

    @Test
    void everyStateAllowsOnlyItsNextStates() {
        assertTrue(OrderStatus.PAID.canMoveTo(OrderStatus.CANCELLED), "out of stock after payment");
        assertFalse(OrderStatus.PAID.canMoveTo(OrderStatus.PAYMENT_FAILED));
        assertFalse(OrderStatus.FULFILLED.canMoveTo(OrderStatus.CANCELLED));
        assertTrue(OrderStatus.CANCELLED.next().isEmpty());
        assertTrue(OrderStatus.PAYMENT_FAILED.canMoveTo(OrderStatus.AWAITING_PAYMENT));
    }

    private static Order order() {
        return new Order("AG-1001-7", UUID.randomUUID(), null, "ada@example.test",
                new Order.Destination("Ada", "Main 1", "1000 AA", "Amsterdam", "NL", null), "Standard",
                List.of(new OrderLine.LineSnapshot(1, 2, 3, "Laptop", "laptop", "L-1", "Standard",
                        new BigDecimal("1200.00"), 1, 2000)),
                Totals.of("EUR", List.of(new Totals.Item(new BigDecimal("1200.00"), 1)), BigDecimal.ZERO,
                        new BigDecimal("0.21")), "guest ada@example.test", NOW);
    }
}
