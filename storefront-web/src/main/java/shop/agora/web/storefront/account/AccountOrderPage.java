package shop.agora.web.storefront.account;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import shop.agora.core.order.OrderCancellation;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.OrderView;
import shop.agora.web.storefront.checkout.CheckoutFlow;
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

    @Inject
    CheckoutFlow flow;

    private String number;

    public void load() {
        if (number != null && !number.isBlank() && number.strip().length() <= 40) {
            find().ifPresent(this::show);
        }
    }

    @Override
    protected Optional<OrderView> find() {
        return orders.myOrder(number.strip());
    }

    @Override
    protected boolean cancels() {
        return true;
    }

    @Override
    protected void cancelOrder(String why) {
        cancellation.cancelMine(number.strip(), why);
    }

    @Override
    public String getPayHref() {
        return isFound() && getOrder().payable() ? flow.payHref(
                FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath(), getOrder().number())
                : null;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
