package shop.agora.web.merchant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import shop.agora.core.inventory.AlertView;
import shop.agora.core.inventory.MerchantStock;
import shop.agora.core.merchants.MerchantService;
import shop.agora.core.merchants.MerchantView;
import shop.agora.core.order.MerchantOrders;
import shop.agora.core.order.entity.OrderStatus;

/**
 * Backing bean of {@code index.xhtml}: the merchant user's start page, about the shop they work for, the variants
 * running low on stock and how many confirmed orders wait to be shipped.
 */
@Named
@RequestScoped
public class HomePage {

    /** The dashboard lists this many open low-stock alerts; the stock page has them all. */
    static final int ALERTS_SHOWN = 10;

    @Inject
    MerchantService merchants;

    @EJB
    MerchantStock stock;

    @EJB
    MerchantOrders orders;

    private MerchantView merchant;
    private List<AlertView> alerts;
    private Long ordersToShip;

    public MerchantView getMerchant() {
        if (merchant == null) {
            merchant = merchants.myMerchant();
        }
        return merchant;
    }

    /** The newest open low-stock alerts. */
    public List<AlertView> getLowStock() {
        List<AlertView> all = alerts();
        return all.subList(0, Math.min(ALERTS_SHOWN, all.size()));
    }

    /** Whether there are more open alerts than the dashboard lists. */
    public boolean isMoreAlerts() {
        return alerts().size() > ALERTS_SHOWN;
    }

    /** The confirmed orders with the merchant's items: paid and in stock, not yet picked up by the carrier. */
    public long getOrdersToShip() {
        if (ordersToShip == null) {
            ordersToShip = orders.list(OrderStatus.CONFIRMED, 0, 1).total();
        }
        return ordersToShip;
    }

    private List<AlertView> alerts() {
        if (alerts == null) {
            alerts = stock.alerts();
        }
        return alerts;
    }
}
