package shop.agora.web.storefront.order;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import shop.agora.core.order.OrderView;
import shop.agora.core.order.control.Totals;
import shop.agora.core.order.entity.Order;

class LiveOrderTest {

    @Test
    void aPageFollowsAnOrderWhilePaymentIsUnderWayOrUntilItIsConfirmed() {
        assertTrue(LiveOrder.settling(order("AWAITING_PAYMENT", "PENDING")));
        assertTrue(LiveOrder.settling(order("AWAITING_PAYMENT", "SUCCEEDED")));
        assertTrue(LiveOrder.settling(order("PAID", "SUCCEEDED")));
    }

    @Test
    void andStopsWhenThereIsNothingToWaitFor() {
        assertFalse(LiveOrder.settling(order("AWAITING_PAYMENT", null)), "nobody is paying yet");
        assertFalse(LiveOrder.settling(order("PAYMENT_FAILED", "DECLINED")));
        assertFalse(LiveOrder.settling(order("AWAITING_PAYMENT", "ABANDONED")),
                "an attempt the reconciliation closed: the customer pays again");
        assertFalse(LiveOrder.settling(order("CONFIRMED", "SUCCEEDED")));
        assertFalse(LiveOrder.settling(order("CANCELLED", "REFUNDED")));
    }

    @Test
    void pollingEndsWithTheNewStatusOrAfterFiveMinutes() {
        AtomicReference<OrderView> current = new AtomicReference<>(order("PAID", "SUCCEEDED"));
        LiveOrder page = new LiveOrder() {
            @Override
            protected Optional<OrderView> find() {
                return Optional.of(current.get());
            }

            @Override
            public String getPayHref() {
                return null;
            }
        };
        page.show(current.get());
        assertTrue(page.isLive());
        for (int i = 0; i < LiveOrder.MAX_REFRESHES - 1; i++) {
            page.refresh();
        }
        assertTrue(page.isLive());
        page.refresh();
        assertFalse(page.isLive(), "gave up");

        page.show(current.get());
        current.set(order("CONFIRMED", "SUCCEEDED"));
        page.refresh();
        assertFalse(page.isLive());
    }

    @Test
    void theReasonIsShownForFailedAndCancelledOrders() {
        LiveOrder page = new LiveOrder() {
            @Override
            protected Optional<OrderView> find() {
                return Optional.empty();
            }

            @Override
            public String getPayHref() {
                return null;
            }
        };
        page.show(order("CANCELLED", null));
        assertTrue(page.isReasonShown());
        page.show(order("CONFIRMED", null));
        assertFalse(page.isReasonShown());
    }

    private static OrderView order(String status, String paymentStatus) {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        Totals totals = Totals.of("EUR", List.of(new Totals.Item(new BigDecimal("1200.00"), 1)), BigDecimal.ZERO,
                new BigDecimal("0.21"));
        List<OrderView.Payment> payments = paymentStatus == null ? List.of()
                : List.of(new OrderView.Payment(now, paymentStatus, totals.total(), "VISA", "4242", null));
        return new OrderView(1, "AG-1001-7", status, "Some reason.", now, now, "guest@example.test",
                new Order.Destination("Robin", "Main 1", "1011 AA", "Amsterdam", "NL", null), "Standard (1-2 days)",
                totals, List.of(), List.of(), payments, List.of(), null, new BigDecimal("0.00"), false, true);
    }
}
