package shop.agora.web.storefront.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import shop.agora.core.order.BalanceView;
import shop.agora.core.order.control.Totals;

class CheckoutBalanceTest {

    private static final Totals ORDER = Totals.of("EUR", List.of(new Totals.Item(new BigDecimal("40.00"), 1)),
            new BigDecimal("4.95"), new BigDecimal("0.21"));

    @Test
    void aCustomerWithoutMoneyInTheirBalanceIsNotOfferedIt() {
        CheckoutBalance guest = new CheckoutBalance();
        assertFalse(guest.isShown());
        guest.setUse(true);
        assertFalse(guest.used(), "a guest has no balance to use");
        assertEquals(ORDER.total(), guest.split(ORDER).card());

        CheckoutBalance empty = new CheckoutBalance();
        empty.load(balance("0.00", "0.00"));
        assertFalse(empty.isShown());
    }

    @Test
    void untilTheCustomerTicksUseMyBalanceTheCardPaysEverything() {
        CheckoutBalance balance = new CheckoutBalance();
        balance.load(balance("20.00", "10.00"));
        assertTrue(balance.isShown());
        assertFalse(balance.isUse(), "their choice");
        assertEquals(new BigDecimal("0.00"), balance.split(ORDER).balance());

        balance.setUse(true);
        assertEquals(new BigDecimal("54.39"), ORDER.total());
        assertEquals(new BigDecimal("10.00"), balance.split(ORDER).storeCredit(), "store credit first");
        assertEquals(new BigDecimal("20.00"), balance.split(ORDER).wallet());
        assertEquals(new BigDecimal("24.39"), balance.split(ORDER).card());
        assertFalse(balance.paysAll(ORDER));
    }

    @Test
    void aBalanceThatCoversTheTotalNeedsNoCard() {
        CheckoutBalance balance = new CheckoutBalance();
        balance.load(balance("100.00", "0.00"));
        balance.setUse(true);
        assertTrue(balance.paysAll(ORDER));
        assertEquals(ORDER.total(), balance.split(ORDER).wallet(), "never more than the total");
        assertEquals(null, balance.split(null), "nothing to pay while there are no totals");
    }

    private static BalanceView balance(String wallet, String storeCredit) {
        return new BalanceView(new BigDecimal(wallet), new BigDecimal(storeCredit), "EUR", List.of());
    }
}
