package shop.agora.core.inventory.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import shop.agora.core.inventory.control.ReorderPolicy.Basis;
import shop.agora.core.inventory.control.ReorderPolicy.Decision;

class ReorderPolicyTest {

    private final ReorderPolicy policy = new ReorderPolicy(10);

    @Test
    void aThresholdIsTheReorderPointAndAtTheThresholdIsLow() {
        Decision at = policy.decide(5, 0, 5, 0, 7);
        assertTrue(at.low());
        assertEquals(5, at.reorderPoint());
        assertEquals(Basis.THRESHOLD, at.basis());
        assertFalse(policy.decide(6, 0, 5, 0, 7).low());
    }

    @Test
    void withoutThresholdTheReorderPointIsThirtyDaySalesPerDayTimesLeadTime() {
        Decision selling = policy.decide(6, 0, null, 30, 7); // 1 a day, 7 days
        assertEquals(Basis.VELOCITY, selling.basis());
        assertEquals(7, selling.reorderPoint());
        assertTrue(selling.low());
        assertEquals(7 + 30 - 6, selling.suggestedQuantity());
        assertFalse(policy.decide(8, 0, null, 30, 7).low());
        assertEquals(4, policy.decide(0, 0, null, 10, 10).reorderPoint(), "10/30 a day for 10 days rounds up to 4");
    }

    @Test
    void stockOnOrderCountsSoTheCheckDoesNotAlertTwice() {
        assertTrue(policy.decide(2, 0, 5, 0, 7).low());
        assertFalse(policy.decide(2, 20, 5, 0, 7).low());
    }

    @Test
    void withoutThresholdAndSalesOnlySoldOutIsLowAndTheMinimumOrderIsSuggested() {
        Decision soldOut = policy.decide(0, 0, null, 0, 7);
        assertTrue(soldOut.low());
        assertEquals(0, soldOut.reorderPoint());
        assertEquals(10, soldOut.suggestedQuantity());
        assertFalse(policy.decide(1, 0, null, 0, 7).low());
    }

    @Test
    void theSuggestionFillsTheGapAboveTheMinimumOrder() {
        assertEquals(5 + 3, new ReorderPolicy(1).decide(-3, 0, 5, 0, 7).suggestedQuantity(), "5 - (-3)");
        assertEquals(10, policy.decide(4, 0, 5, 0, 7).suggestedQuantity(), "the minimum order of 10");
    }

    @Test
    void nonsenseSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> policy.decide(0, 0, -1, 0, 7));
        assertThrows(IllegalArgumentException.class, () -> policy.decide(0, 0, null, 0, -1));
        assertThrows(IllegalArgumentException.class, () -> new ReorderPolicy(0));
    }
}
