package shop.agora.core.payment;

import java.io.Serializable;

/**
 * A card payment the reconciliation looked up: its order, its attempt's idempotency key and its status now:
 * SUCCEEDED (the card had been charged), DECLINED or FAILED (the gateway refused it), ABANDONED (it never reached the
 * gateway; nothing was charged) or PENDING (the gateway has not decided yet; looked up again on the next pass).
 */
public record ReconciledPayment(String orderNumber, String idempotencyKey, String status) implements Serializable {
}
