package shop.agora.web.merchant.orders;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import shop.agora.core.order.MerchantOrderView;
import shop.agora.core.order.MerchantOrders;
import shop.agora.web.common.faces.Messages;

/**
 * Backing bean of {@code orders/order.xhtml} ({@code /merchant/orders/order.xhtml?number=AG-1001-7}): one order as
 * the merchant sees it, with its own lines and parcels (each with its label) and the order's history. An unknown
 * number, an unpaid order or another shop's order is "not found" on the page: the service returns nothing for them.
 * Request scoped: the page has no form, only links (the labels are plain GETs to {@link LabelServlet}).
 */
@Named
@RequestScoped
public class OrderPage {

    /** Order numbers are short ("AG-1001-7"); anything much longer is not one. */
    static final int MAX_NUMBER = 40;

    @EJB
    MerchantOrders orders;

    private String number;
    private MerchantOrderView order;

    /** On opening the page: the order asked for, or nothing (the page says so). */
    public void load() {
        order = plausible(number) ? orders.order(number.strip()).orElse(null) : null;
    }

    static boolean plausible(String number) {
        return number != null && !number.isBlank() && number.strip().length() <= MAX_NUMBER;
    }

    public String getTitle() {
        return order == null ? Messages.app("order.missing.title") : Messages.app("order.title", order.number());
    }

    public boolean isFound() {
        return order != null;
    }

    public MerchantOrderView getOrder() {
        return order;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }
}
