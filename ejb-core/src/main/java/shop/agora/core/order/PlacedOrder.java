package shop.agora.core.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An order that was placed, and until when its items are held while it awaits payment. {@code balancePaid}: what the
 * customer's wallet and store credit pay of the total; the card pays {@link #cardDue()}, and nothing when the balance
 * paid it all (then the order is paid and on its way to confirmed).
 */
public record PlacedOrder(long id, String number, UUID checkoutToken, BigDecimal total, String currency,
        Instant holdExpiresAt, BigDecimal balancePaid) implements Serializable {

    public BigDecimal cardDue() {
        return total.subtract(balancePaid);
    }

    /** Paid in full from the balance: no card needed. */
    public boolean paidInFull() {
        return balancePaid.signum() > 0 && cardDue().signum() == 0;
    }
}
