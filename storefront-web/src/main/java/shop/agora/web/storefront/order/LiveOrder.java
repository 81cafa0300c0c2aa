package shop.agora.web.storefront.order;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import shop.agora.core.order.OrderView;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * What the pages that show one order share ({@code /WEB-INF/includes/order.xhtml}: confirmation, a customer's order,
 * tracking): the order, read again every two seconds while it is on its way to confirmed (the page polls
 * {@link #refresh()} while {@link #isLive()}), and where to pay for it when it awaits payment.
 */
public abstract class LiveOrder implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A page stops asking after this many refreshes (5 minutes); reloading it starts again. */
    static final int MAX_REFRESHES = 150;

    private static final Set<String> ENDED_BADLY = Set.of("PAYMENT_FAILED", "CANCELLED");

    private OrderView order;
    private int refreshes;
    private String cancelReason;

    /** The order as the service has it now, if the page may show it. */
    protected abstract Optional<OrderView> find();

    protected void show(OrderView found) {
        order = found;
        refreshes = 0;
    }

    /** Polled by the page while the order settles. */
    public void refresh() {
        if (order == null) {
            return;
        }
        refreshes++;
        find().ifPresent(found -> order = found);
    }

    /** Whether the page keeps the status up to date: while a payment is under way or the order not yet confirmed. */
    public boolean isLive() {
        return order != null && refreshes < MAX_REFRESHES && settling(order);
    }

    /** Paid or being paid, not yet confirmed (or cancelled, or failed). */
    static boolean settling(OrderView order) {
        return order.settling() || "AWAITING_PAYMENT".equals(order.status())
                && order.payments().stream().anyMatch(p -> "PENDING".equals(p.status()));
    }

    public boolean isFound() {
        return order != null;
    }

    public OrderView getOrder() {
        return order;
    }

    /** Whether the status has a reason worth showing (why it failed or was cancelled). */
    public boolean isReasonShown() {
        return order != null && ENDED_BADLY.contains(order.status()) && order.statusReason() != null
                && !order.statusReason().isBlank();
    }

    /** Where to pay for the order (the payment page of its checkout), or null when it cannot be paid from here. */
    public abstract String getPayHref();

    /**
     * How this page cancels the order through the service, as its visitor (the signed-in customer, or the guest
     * holding the checkout), given the customer's reason; null on pages that cannot cancel (tracking by number and
     * email).
     */
    protected Consumer<String> canceller() {
        return null;
    }

    /** Whether this page offers "Cancel order" for the order now. */
    public boolean isCancelOffered() {
        return order != null && order.cancellable() && canceller() != null;
    }

    /** The "Cancel order" button: cancels, shows the cancelled order (live until the refund is booked). */
    public void cancel() {
        Consumer<String> canceller = canceller();
        if (order == null || canceller == null) {
            return;
        }
        if (Refusals.run(() -> canceller.accept(cancelReason))) {
            Messages.info(Messages.app("order.cancelled", order.number()));
            cancelReason = null;
        }
        find().ifPresent(this::show);
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
