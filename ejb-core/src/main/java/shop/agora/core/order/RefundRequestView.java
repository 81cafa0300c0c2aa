package shop.agora.core.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A refund request after delivery and what it got: outcome WALLET, CARD, PARTIAL, STORE_CREDIT or DENIED, the
 * percentage and amount, the rule applied (for DENIED: "Refund period expired") and its status (PENDING while the
 * card refund is under way, DONE, DENIED).
 */
public record RefundRequestView(String orderNumber, Instant requestedAt, String reason, String outcome, int percent,
        BigDecimal amount, String currency, String rule, String status) implements Serializable {
}
