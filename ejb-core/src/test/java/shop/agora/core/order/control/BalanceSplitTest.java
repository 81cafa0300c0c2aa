package shop.agora.core.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BalanceSplitTest {

    @Test
    void storeCreditPaysFirstThenTheWalletAndTheCardTheRest() {
        BalanceSplit split = BalanceSplit.pay(amount("100.00"), amount("30.00"), amount("45.50"));
        assertEquals(amount("30.00"), split.storeCredit());
        assertEquals(amount("45.50"), split.wallet());
        assertEquals(amount("24.50"), split.card());
        assertEquals(amount("75.50"), split.balance());
        assertEquals(amount("100.00"), split.total());
        assertTrue(split.cardNeeded());
    }

    @Test
    void theBalanceNeverPaysMoreThanTheTotal() {
        BalanceSplit byCredit = BalanceSplit.pay(amount("54.39"), amount("80.00"), amount("20.00"));
        assertEquals(amount("54.39"), byCredit.storeCredit());
        assertEquals(amount("0.00"), byCredit.wallet(), "the wallet is left alone");
        assertEquals(amount("0.00"), byCredit.card());
        assertFalse(byCredit.cardNeeded(), "no card needed");

        BalanceSplit both = BalanceSplit.pay(amount("54.39"), amount("10.00"), amount("60.00"));
        assertEquals(amount("10.00"), both.storeCredit());
        assertEquals(amount("44.39"), both.wallet());
        assertEquals(amount("0.00"), both.card());
    }

    @Test
    void anEmptyOrNegativeBalancePaysNothing() {
        BalanceSplit none = BalanceSplit.pay(amount("20.00"), BigDecimal.ZERO, amount("-5.00"));
        assertEquals(BalanceSplit.cardOnly(amount("20.00")), none);
        assertEquals(amount("0.00"), none.balance());
        assertEquals(amount("20.00"), none.card());
    }

    @Test
    void amountsAreKeptInCents() {
        BalanceSplit split = BalanceSplit.pay(new BigDecimal("12.5"), new BigDecimal("2"), BigDecimal.ZERO);
        assertEquals(new BigDecimal("2.00"), split.storeCredit());
        assertEquals(new BigDecimal("10.50"), split.card());
        assertThrows(ArithmeticException.class, () -> BalanceSplit.pay(new BigDecimal("1.005"), BigDecimal.ZERO,
                BigDecimal.ZERO), "no fractions of a cent");
        assertThrows(IllegalArgumentException.class, () -> new BalanceSplit(amount("-1.00"), amount("0.00"),
                amount("0.00")));
    }

    @Test
    void aRefundGoesToTheCardUpToWhatItPaidThenToTheWalletThenToStoreCredit() {
        BalanceSplit paid = new BalanceSplit(amount("20.00"), amount("30.00"), amount("50.00"));
        assertEquals(new BalanceSplit(amount("0.00"), amount("0.00"), amount("40.00")), paid.refund(amount("40.00")),
                "part of it: all to the card");
        assertEquals(new BalanceSplit(amount("0.00"), amount("25.00"), amount("50.00")), paid.refund(amount("75.00")),
                "more than the card paid: the rest to the wallet");
        assertEquals(paid, paid.refund(amount("100.00")), "everything goes back where it came from");
        assertThrows(IllegalArgumentException.class, () -> paid.refund(amount("100.01")), "never more than paid");
    }

    @Test
    void aRefundOfAnOrderPaidByBalanceAloneGoesToTheBalance() {
        BalanceSplit paid = BalanceSplit.pay(amount("60.00"), amount("15.00"), amount("100.00"));
        BalanceSplit half = paid.refund(amount("30.00"));
        assertEquals(amount("0.00"), half.card());
        assertEquals(amount("30.00"), half.wallet());
        assertEquals(amount("0.00"), half.storeCredit());
        assertEquals(new BalanceSplit(amount("15.00"), amount("45.00"), amount("0.00")), paid.refund(amount("60.00")));
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
