package shop.agora.web.storefront.checkout;

import java.io.Serializable;
import shop.agora.core.order.BalanceView;
import shop.agora.core.order.control.BalanceSplit;
import shop.agora.core.order.control.Totals;

/**
 * The signed-in customer's wallet and store credit on the checkout page, and whether they pay with it ("Use my
 * balance"). What it pays is shown here as the service will work it out when the order is placed (store credit
 * first, then the wallet, at most the total); the service decides again then, from the balance as it is by that time.
 */
public class CheckoutBalance implements Serializable {

    private static final long serialVersionUID = 1L;

    private BalanceView balance;
    private boolean use;

    /** The customer's balance as the page opened; using it is the customer's choice (unticked at first). */
    void load(BalanceView view) {
        balance = view;
    }

    /** Shown to a signed-in customer with money in their wallet or store credit. */
    public boolean isShown() {
        return balance != null && balance.total().signum() > 0;
    }

    /** How the order with these totals is paid: by the balance as far as it goes when used, else by card alone. */
    public BalanceSplit split(Totals totals) {
        if (totals == null) {
            return null;
        }
        return use && isShown() && balance.currency().equals(totals.currency())
                ? BalanceSplit.pay(totals.total(), balance.storeCredit(), balance.wallet())
                : BalanceSplit.cardOnly(totals.total());
    }

    /** Whether the balance pays the whole order, so that no card is needed. */
    public boolean paysAll(Totals totals) {
        BalanceSplit split = split(totals);
        return split != null && split.balance().signum() > 0 && !split.cardNeeded();
    }

    /** What "Use my balance" asks the service for. */
    boolean used() {
        return use && isShown();
    }

    public BalanceView getView() {
        return balance;
    }

    public boolean isUse() {
        return use;
    }

    public void setUse(boolean use) {
        this.use = use;
    }
}
