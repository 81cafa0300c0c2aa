package shop.agora.web.storefront.order;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.UUID;
import shop.agora.core.order.OrderCancellation;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.OrderView;
import shop.agora.web.storefront.checkout.CheckoutPaymentPage;

/**
 * Backing bean of {@code order/confirmation.xhtml} ({@code /order/confirmation?token={checkoutToken}}): the order a
 * checkout placed, its status live until it is confirmed. The token is the guest's secret (whoever has the link sees
 * the order); an unknown token shows "not found" on the page.
 */
@Named
@ViewScoped
public class OrderConfirmationPage extends LiveOrder {

    private static final long serialVersionUID = 1L;

    @EJB
    OrderTracking orders;

    @EJB
    OrderCancellation cancellation;

    private String tokenParam;
    private UUID token;

    public void load() {
        token = CheckoutPaymentPage.token(tokenParam);
        if (token != null) {
            find().ifPresent(this::show);
        }
    }

    @Override
    protected Optional<OrderView> find() {
        return orders.byCheckout(token);
    }

    @Override
    protected Consumer<String> canceller() {
        return why -> cancellation.cancelByCheckout(token, why);
    }

    @Override
    public String getPayHref() {
        return isFound() && getOrder().payable()
                ? FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                        + "/checkout/pay?order=" + token
                : null;
    }

    public String getTokenParam() {
        return tokenParam;
    }

    public void setTokenParam(String tokenParam) {
        this.tokenParam = tokenParam;
    }
}
