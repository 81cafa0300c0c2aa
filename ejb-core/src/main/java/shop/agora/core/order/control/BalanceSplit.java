package shop.agora.core.order.control;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How an order's total is paid: by store credit, by the wallet and by card. A customer who uses their balance pays
 * with store credit first (it comes from late refunds and can only be spent here), then with the wallet, and the card
 * pays the rest; the balance never pays more than the total. A refund goes back the other way: to the card's side
 * first (at most what the card paid), then to the wallet, then to store credit (at most what each paid), and never
 * more than was paid. Pure arithmetic on amounts in cents of one currency.
 */
public record BalanceSplit(BigDecimal storeCredit, BigDecimal wallet, BigDecimal card) implements Serializable {

    private static final BigDecimal NONE = BigDecimal.ZERO.setScale(2);

    public BalanceSplit {
        storeCredit = cents(storeCredit, "store credit");
        wallet = cents(wallet, "wallet");
        card = cents(card, "card");
    }

    /** Everything by card: the customer does not use their balance. */
    public static BalanceSplit cardOnly(BigDecimal total) {
        return new BalanceSplit(NONE, NONE, total);
    }

    /** A total paid with what the balance has (store credit first, then the wallet); the card pays what is left. */
    public static BalanceSplit pay(BigDecimal total, BigDecimal storeCreditAvailable, BigDecimal walletAvailable) {
        BigDecimal left = cents(total, "total");
        BigDecimal credit = left.min(available(storeCreditAvailable));
        left = left.subtract(credit);
        BigDecimal wallet = left.min(available(walletAvailable));
        return new BalanceSplit(credit, wallet, left.subtract(wallet));
    }

    /** What the balance pays: store credit and wallet together. */
    public BigDecimal balance() {
        return storeCredit.add(wallet);
    }

    public BigDecimal total() {
        return balance().add(card);
    }

    /** Whether a card must pay a part; false when the balance pays everything. */
    public boolean cardNeeded() {
        return card.signum() > 0;
    }

    /**
     * Where a refund of {@code amount} of this payment goes: the card's share first (at most what the card paid), then
     * the wallet's, then the store credit's. Refused when it is more than was paid.
     */
    public BalanceSplit refund(BigDecimal amount) {
        BigDecimal left = cents(amount, "refund");
        if (left.compareTo(total()) > 0) {
            throw new IllegalArgumentException("A refund of " + left.toPlainString() + " is more than the "
                    + total().toPlainString() + " paid");
        }
        BigDecimal toCard = left.min(card);
        left = left.subtract(toCard);
        BigDecimal toWallet = left.min(wallet);
        return new BalanceSplit(left.subtract(toWallet), toWallet, toCard);
    }

    private static BigDecimal available(BigDecimal amount) {
        return amount == null || amount.signum() < 0 ? NONE : cents(amount, "balance");
    }

    private static BigDecimal cents(BigDecimal amount, String what) {
        Objects.requireNonNull(amount, what);
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("The " + what + " part cannot be negative: " + amount.toPlainString());
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
