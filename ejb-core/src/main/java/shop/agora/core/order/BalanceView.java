package shop.agora.core.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A customer's balance with the shop: the wallet (instant refunds), store credit, and the entries behind both. */
public record BalanceView(BigDecimal wallet, BigDecimal storeCredit, String currency, List<Entry> entries)
        implements Serializable {

    public record Entry(Instant at, String kind, BigDecimal amount, String orderNumber, String note)
            implements Serializable {
    }

    public BigDecimal total() {
        return wallet.add(storeCredit);
    }
}
