package shop.agora.core.order.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.Objects;

/**
 * The refund policy after delivery, counted from the delivery:
 * <ul>
 * <li>within {@code instantDays} (7) and a total under {@code instantLimit} (100): the whole order at once to the
 * customer's wallet;</li>
 * <li>within {@code instantDays} and {@code instantLimit} or more: the whole order back to the card (pending until
 * the gateway confirms);</li>
 * <li>within {@code partialDays} (30): part of it back to the card, {@code premiumPercent} (75 %) for premium
 * customers and {@code standardPercent} (50 %) for the others;</li>
 * <li>within {@code creditDays} (90): store credit of the order total;</li>
 * <li>later: denied, "Refund period expired".</li>
 * </ul>
 * A day is 24 hours: delivered at 10:00 on the 1st, "within 7 days" ends at 10:00 on the 8th.
 */
public record RefundPolicy(int instantDays, BigDecimal instantLimit, int partialDays, int premiumPercent,
        int standardPercent, int creditDays) implements Serializable {

    public static final String EXPIRED = "Refund period expired";

    public enum Outcome {
        WALLET, CARD, PARTIAL, STORE_CREDIT, DENIED
    }

    /** What a request gets: where the money goes, how much (percent of the total, amount) and the rule applied. */
    public record Decision(Outcome outcome, int percent, BigDecimal amount, String rule) implements Serializable {
    }

    public RefundPolicy {
        Objects.requireNonNull(instantLimit);
        if (instantDays < 0 || instantDays > partialDays || partialDays > creditDays) {
            throw new IllegalArgumentException("The periods must grow: " + instantDays + " <= " + partialDays + " <= "
                    + creditDays + " days");
        }
        if (premiumPercent < 0 || premiumPercent > 100 || standardPercent < 0 || standardPercent > 100) {
            throw new IllegalArgumentException("Percentages are 0 to 100");
        }
    }

    public static RefundPolicy defaults() {
        return new RefundPolicy(7, new BigDecimal("100.00"), 30, 75, 50, 90);
    }

    public Decision decide(Duration sinceDelivery, BigDecimal total, boolean premium) {
        if (sinceDelivery.isNegative()) {
            sinceDelivery = Duration.ZERO;
        }
        if (within(sinceDelivery, instantDays)) {
            return total.compareTo(instantLimit) < 0
                    ? new Decision(Outcome.WALLET, 100, total, "Within " + instantDays + " days of delivery and under "
                            + instantLimit.toPlainString() + ": the whole order, at once, to your wallet.")
                    : new Decision(Outcome.CARD, 100, total, "Within " + instantDays + " days of delivery: the whole "
                            + "order back to your card.");
        }
        if (within(sinceDelivery, partialDays)) {
            int percent = premium ? premiumPercent : standardPercent;
            BigDecimal amount = total.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100), 2,
                    RoundingMode.HALF_UP);
            return new Decision(Outcome.PARTIAL, percent, amount, "Within " + partialDays + " days of delivery: "
                    + percent + " % back to your card" + (premium ? " (premium customer)." : "."));
        }
        if (within(sinceDelivery, creditDays)) {
            return new Decision(Outcome.STORE_CREDIT, 100, total, "Within " + creditDays + " days of delivery: store "
                    + "credit of the order total.");
        }
        return new Decision(Outcome.DENIED, 0, BigDecimal.ZERO.setScale(2), EXPIRED);
    }

    private static boolean within(Duration since, int days) {
        return since.compareTo(Duration.ofDays(days)) <= 0;
    }
}
