package shop.agora.web.storefront.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import shop.agora.core.order.OrderCancellation;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.RefundRequestView;
import shop.agora.core.order.RefundRequests;
import shop.agora.core.order.control.RefundPolicy;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;
import shop.agora.core.order.OrderView;
import shop.agora.web.storefront.order.LiveOrder;

/**
 * Backing bean of {@code account/order.xhtml} ({@code /account/order?number=AG-1001-7}): one of the signed-in
 * customer's orders with its status timeline, live while it settles. Another customer's order, or none, is "not
 * found" on the page (the service shows a customer only their own).
 */
@Named
@ViewScoped
public class AccountOrderPage extends LiveOrder {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderTracking orders;

    @EJB
    OrderCancellation cancellation;

    @EJB
    RefundRequests refunds;


    private String number;
    private String refundReason;
    private RefundPolicy.Decision refundPreview;
    private RefundRequestView refundRequest;

    public void load() {
        if (number != null && !number.isBlank() && number.strip().length() <= 40) {
            find().ifPresent(this::show);
            loadRefund();
        }
    }

    private void loadRefund() {
        if (isFound()) {
            refundRequest = refunds.myRequest(getOrder().number()).orElse(null);
            refundPreview = refundRequest == null ? refunds.preview(getOrder().number()).orElse(null) : null;
        }
    }

    /** "Ask for the refund": records the request and shows what it got. */
    public void requestRefund() {
        if (!isFound()) {
            return;
        }
        Refusals.get(() -> refunds.requestMine(getOrder().number(), refundReason)).ifPresent(request ->
                Messages.info(Messages.app("refund.requested", request.orderNumber(), request.rule())));
        refundReason = null;
        find().ifPresent(this::show);
        loadRefund();
    }

    @Override
    public void refresh() {
        super.refresh();
        loadRefund();
    }

    /** What a refund request would get now; null when the order cannot be refunded (or was asked for). */
    public RefundPolicy.Decision getRefundPreview() {
        return refundPreview;
    }

    /** The refund request made for this order, or null. */
    public RefundRequestView getRefundRequest() {
        return refundRequest;
    }

    public String getRefundReason() {
        return refundReason;
    }

    public void setRefundReason(String refundReason) {
        this.refundReason = refundReason;
    }

    @Override
    protected Optional<OrderView> find() {
        return orders.myOrder(number.strip());
    }

    @Override
    protected Consumer<String> canceller() {
        return why -> cancellation.cancelMine(number.strip(), why);
    }

    /** The payment page for this order while it awaits payment: by its number, which the account may pay anywhere. */
    @Override
    public String getPayHref() {
        return isFound() && getOrder().payable()
                ? FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + "/checkout/pay?number=" + URLEncoder.encode(getOrder().number(), StandardCharsets.UTF_8)
                : null;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
