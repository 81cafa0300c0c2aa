package shop.agora.web.storefront.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import shop.agora.core.order.PlacedOrder;

class CheckoutFlowTest {

    private final CheckoutFlow flow = new CheckoutFlow();

    @Test
    void whyThePaymentAtCheckoutFailedIsToldOnce() {
        PlacedOrder order = placed("AG-1001-7");
        flow.remember(order);
        flow.paymentFailed(order.checkoutToken(), "Your card was declined.");

        assertEquals(Optional.of("Your card was declined."), flow.takeFailure(order.checkoutToken()));
        assertEquals(Optional.empty(), flow.takeFailure(order.checkoutToken()), "said once");
    }

    @Test
    void aFailureIsKeptOnlyForAnOrderThisSessionPlaced() {
        UUID elsewhere = UUID.randomUUID();
        flow.paymentFailed(elsewhere, "Your card was declined.");

        assertTrue(flow.takeFailure(elsewhere).isEmpty());
    }

    @Test
    void theFailuresOfOrdersNoLongerKeptAreForgottenWithThem() {
        PlacedOrder first = placed("AG-1000-1");
        flow.remember(first);
        flow.paymentFailed(first.checkoutToken(), "Your card was declined.");
        for (int i = 0; i < 20; i++) {
            flow.remember(placed("AG-2000-" + i));
        }

        assertTrue(flow.placed(first.checkoutToken()).isEmpty());
        assertTrue(flow.takeFailure(first.checkoutToken()).isEmpty());
    }

    private static PlacedOrder placed(String number) {
        return new PlacedOrder(1, number, UUID.randomUUID(), new BigDecimal("1452.00"), "EUR",
                Instant.parse("2026-12-07T12:15:00Z"), BigDecimal.ZERO);
    }
}
