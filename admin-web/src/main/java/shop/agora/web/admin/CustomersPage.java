package shop.agora.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import shop.agora.core.accounts.AccountService;
import shop.agora.core.accounts.CustomerRow;
import shop.agora.core.order.RefundRequests;
import shop.agora.core.order.control.RefundPolicy;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * Backing bean of {@code customers.xhtml}: customer accounts, newest first, matching a search ({@code ?q=}), and
 * whether each is premium (a larger share back in the partial refund period). View scoped: a row's button acts on
 * the row that was shown, even when someone registers meanwhile; the search applies when it is submitted.
 */
@Named
@ViewScoped
public class CustomersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** As many as the service gives at once. */
    static final int MAX = 200;

    @Inject
    AccountService accounts;

    @Inject
    RefundRequests refunds;

    private List<CustomerRow> rows;
    private RefundPolicy policy;
    private String search;

    /** The search was submitted: list what matches it. */
    public void apply() {
        rows = null;
    }

    /** Makes the customer premium, or no longer premium, as the row's button says. */
    public void togglePremium(CustomerRow customer) {
        boolean premium = !customer.premium();
        if (Refusals.run(() -> accounts.setPremium(customer.id(), premium))) {
            Messages.info(Messages.app(premium ? "customers.premium.added" : "customers.premium.removed",
                    customer.displayName(), customer.email()));
        }
        rows = null;
    }

    public List<CustomerRow> getRows() {
        if (rows == null) {
            rows = accounts.customers(search, MAX);
        }
        return rows;
    }

    /** Whether the list may leave customers out: the service gives at most {@link #MAX}. */
    public boolean isTruncated() {
        return getRows().size() >= MAX;
    }

    /** Whether a search is applied: an empty list then means nothing matches, not that no one registered. */
    public boolean isFiltered() {
        return search != null;
    }

    /** The refund policy in force, for what premium means in it. */
    public RefundPolicy getPolicy() {
        if (policy == null) {
            policy = refunds.policy();
        }
        return policy;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search == null || search.isBlank() ? null : search.strip();
    }
}
