package shop.agora.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import shop.agora.core.order.control.RefundPolicy;

class RefundRulesTest {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("shop.agora.web.admin.Texts", Locale.ENGLISH);

    @Test
    void theDefaultPolicyInWords() {
        RefundRules rules = RefundRules.of(RefundPolicy.defaults(), TEXTS);

        assertEquals("Within 7 days of delivery and under 100.00: the whole order at once to the wallet; 100.00 or "
                + "more: back to the card.", rules.instant());
        assertEquals("Within 30 days: 75 % (premium) / 50 % (others) back to the card.", rules.partial());
        assertEquals("Within 90 days: store credit of the order total.", rules.credit());
        assertEquals("Later: denied, \"Refund period expired\".", rules.expired());
    }

    @Test
    void oneDayAndALimitWithoutCents() {
        RefundRules rules = RefundRules.of(new RefundPolicy(1, new BigDecimal("250"), 1000, 60, 60, 1000), TEXTS);

        assertEquals("Within 1 day of delivery and under 250.00: the whole order at once to the wallet; 250.00 or "
                + "more: back to the card.", rules.instant());
        assertEquals("Within 1,000 days: 60 % back to the card, premium or not.", rules.partial());
    }

    @Test
    void withoutALimitEveryInstantRefundGoesToTheCard() {
        RefundRules rules = RefundRules.of(new RefundPolicy(14, new BigDecimal("0.00"), 30, 75, 50, 90), TEXTS);

        assertEquals("Within 14 days of delivery: the whole order back to the card.", rules.instant());
    }

    @Test
    void aPeriodNoLongerThanTheOneBeforeItNeverApplies() {
        RefundRules rules = RefundRules.of(new RefundPolicy(0, new BigDecimal("100.00"), 0, 75, 50, 30), TEXTS);
        assertEquals("No instant refund: its period is 0 days.", rules.instant());
        assertEquals("No partial refund: its period ends with the instant refund's.", rules.partial());
        assertEquals("Within 30 days: store credit of the order total.", rules.credit());

        rules = RefundRules.of(new RefundPolicy(7, new BigDecimal("100.00"), 30, 75, 50, 30), TEXTS);
        assertEquals("No store credit: its period ends with the partial refund's.", rules.credit());
        assertEquals("Later: denied, \"Refund period expired\".", rules.expired());
    }

    @Test
    void noPeriodAtAllDeniesEveryRequest() {
        RefundRules rules = RefundRules.of(new RefundPolicy(0, new BigDecimal("100.00"), 0, 75, 50, 0), TEXTS);

        assertEquals("Always: denied, \"Refund period expired\".", rules.expired());
    }
}
