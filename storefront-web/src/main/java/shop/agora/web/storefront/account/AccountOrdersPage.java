package shop.agora.web.storefront.account;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import shop.agora.core.order.OrderSummary;
import shop.agora.core.order.OrderTracking;

/** Backing bean of {@code account/orders.xhtml} ({@code /account/orders}): the signed-in customer's orders, newest first. */
@Named
@RequestScoped
public class AccountOrdersPage {

    @EJB
    OrderTracking orders;

    private List<OrderSummary> list;

    public List<OrderSummary> getOrders() {
        if (list == null) {
            list = orders.myOrders();
        }
        return list;
    }

    /** The order's own page, relative to the application: {@code /account/order?number=AG-1001-7}. */
    public String href(OrderSummary order) {
        return "/account/order?number=" + URLEncoder.encode(order.number(), StandardCharsets.UTF_8);
    }
}
