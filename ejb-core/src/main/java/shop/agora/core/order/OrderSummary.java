package shop.agora.core.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** An order in "My orders". */
public record OrderSummary(long id, String number, String status, Instant placedAt, BigDecimal total,
        String currency, int items) implements Serializable {
}
