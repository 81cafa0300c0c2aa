package shop.agora.core.payment;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A card processor. The platform talks to it only through this interface; the default is
 * {@link SandboxPaymentGateway}, which behaves like a processor's test mode. Every call carries an idempotency key:
 * the same key twice gives the first answer back and never a second charge or refund.
 */
public interface PaymentGateway {

    /** Charges a card. Never throws for a declined card: the result says so. */
    ChargeResult charge(String idempotencyKey, BigDecimal amount, String currency, CardDetails card);

    /**
     * What became of an earlier charge with this idempotency key, as the processor recorded it; empty when no charge
     * with this key ever reached it (so nothing was charged). Asks only: it charges nothing and changes nothing.
     */
    Optional<ChargeResult> lookup(String idempotencyKey);

    /** Refunds (part of) a charge. */
    RefundResult refund(String idempotencyKey, String chargeId, BigDecimal amount);

    /** What became of a charge: SUCCEEDED, or DECLINED / FAILED with a code and a message for the customer. */
    record ChargeResult(String outcome, String chargeId, String token, String brand, String last4, String code,
            String message) {

        public boolean succeeded() {
            return "SUCCEEDED".equals(outcome);
        }
    }

    record RefundResult(boolean succeeded, String refundId, String message) {
    }
}
