package shop.agora.core.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import shop.agora.core.order.control.RefundPolicy.Outcome;

class RefundPolicyTest {

    private static final RefundPolicy POLICY = RefundPolicy.defaults();
    private static final BigDecimal SMALL = new BigDecimal("99.99");
    private static final BigDecimal LARGE = new BigDecimal("100.00");

    @Test
    void withinSevenDaysASmallOrderGoesToTheWalletAtOnceAndALargeOneBackToTheCard() {
        assertEquals(Outcome.WALLET, POLICY.decide(Duration.ofDays(2), SMALL, false).outcome());
        assertEquals(SMALL, POLICY.decide(Duration.ofDays(7), SMALL, false).amount(), "day 7 counts");
        RefundPolicy.Decision card = POLICY.decide(Duration.ofDays(7), LARGE, false);
        assertEquals(Outcome.CARD, card.outcome(), "100 or more goes to the card");
        assertEquals(LARGE, card.amount());
    }

    @Test
    void withinThirtyDaysPartOfItGoesBackMoreForPremiumCustomers() {
        RefundPolicy.Decision standard = POLICY.decide(Duration.ofDays(7).plusSeconds(1), new BigDecimal("145.21"),
                false);
        assertEquals(Outcome.PARTIAL, standard.outcome());
        assertEquals(50, standard.percent());
        assertEquals(new BigDecimal("72.61"), standard.amount(), "half, rounded half up to the cent");
        RefundPolicy.Decision premium = POLICY.decide(Duration.ofDays(30), new BigDecimal("145.21"), true);
        assertEquals(75, premium.percent());
        assertEquals(new BigDecimal("108.91"), premium.amount());
    }

    @Test
    void withinNinetyDaysStoreCreditThenNothing() {
        RefundPolicy.Decision credit = POLICY.decide(Duration.ofDays(90), LARGE, true);
        assertEquals(Outcome.STORE_CREDIT, credit.outcome());
        assertEquals(LARGE, credit.amount(), "the order total");
        RefundPolicy.Decision late = POLICY.decide(Duration.ofDays(90).plusSeconds(1), LARGE, true);
        assertEquals(Outcome.DENIED, late.outcome());
        assertEquals("Refund period expired", late.rule());
        assertEquals(0, late.amount().signum());
    }

    @Test
    void editedThresholdsApply() {
        RefundPolicy generous = new RefundPolicy(14, new BigDecimal("250.00"), 45, 90, 60, 120);
        assertEquals(Outcome.WALLET, generous.decide(Duration.ofDays(10), new BigDecimal("200.00"), false).outcome());
        assertEquals(60, generous.decide(Duration.ofDays(40), LARGE, false).percent());
        assertEquals(Outcome.STORE_CREDIT, generous.decide(Duration.ofDays(100), LARGE, false).outcome());
    }

    @Test
    void thePeriodsMustGrow() {
        assertThrows(IllegalArgumentException.class, () -> new RefundPolicy(30, LARGE, 7, 75, 50, 90));
        assertThrows(IllegalArgumentException.class, () -> new RefundPolicy(7, LARGE, 30, 101, 50, 90));
    }
}
