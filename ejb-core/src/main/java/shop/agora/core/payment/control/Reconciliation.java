package shop.agora.core.payment.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import shop.agora.core.payment.PaymentGateway;

/**
 * The rules for a card payment left pending: when it is due for a look-up at the gateway, and what the gateway's
 * record of its idempotency key makes of it. Pure logic.
 * <p>
 * A payment is pending from the moment its attempt is booked until the gateway's answer is; normally that is the
 * length of one gateway call. One still pending after the grace period was left behind by a failure (the server or
 * the broker went away in between), unless the customer is paying again right now, which makes it fresh again.
 */
public final class Reconciliation {

    /** How long an attempt stays pending before it is looked up, unless set otherwise. */
    public static final Duration DEFAULT_GRACE = Duration.ofMinutes(2);

    /**
     * The shortest grace period allowed: it must be longer than any gateway call, or an attempt still on its way to
     * the gateway would be closed as never having reached it.
     */
    public static final Duration SHORTEST_GRACE = Duration.ofSeconds(30);

    /** What became of a pending payment, according to the gateway. */
    public enum Verdict {
        /** The card was charged: book the success. */
        CHARGED,
        /** The card was declined or the charge failed: book the failure. */
        REFUSED,
        /** The gateway never saw the key: nothing was charged, the attempt is closed and can be made again. */
        NOT_REACHED,
        /** The gateway has not decided yet: look again on the next pass. */
        UNDECIDED
    }

    private Reconciliation() {
    }

    /** The grace period from a setting in seconds, never shorter than {@link #SHORTEST_GRACE}. */
    public static Duration grace(long seconds) {
        Duration grace = Duration.ofSeconds(seconds);
        return grace.compareTo(SHORTEST_GRACE) < 0 ? SHORTEST_GRACE : grace;
    }

    /** Whether a payment pending since {@code pendingSince} (its last attempt) is due for a look-up now. */
    public static boolean due(Instant pendingSince, Instant now, Duration grace) {
        return pendingSince != null && pendingSince.isBefore(now.minus(grace));
    }

    /** What the gateway's record of the key (empty: it has none) makes of the payment. */
    public static Verdict verdict(Optional<PaymentGateway.ChargeResult> atGateway) {
        if (atGateway.isEmpty()) {
            return Verdict.NOT_REACHED;
        }
        return switch (String.valueOf(atGateway.get().outcome())) {
            case "SUCCEEDED" -> Verdict.CHARGED;
            case "DECLINED", "FAILED" -> Verdict.REFUSED;
            default -> Verdict.UNDECIDED;
        };
    }
}
