package shop.agora.core.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** An order that awaits payment, and until when its items are held. */
public record PlacedOrder(long id, String number, UUID checkoutToken, BigDecimal total, String currency,
        Instant holdExpiresAt) implements Serializable {
}
