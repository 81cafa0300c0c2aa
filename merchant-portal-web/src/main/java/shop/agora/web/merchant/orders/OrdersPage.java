package shop.agora.web.merchant.orders;

import jakarta.ejb.EJB;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import shop.agora.core.order.MerchantOrderRow;
import shop.agora.core.order.MerchantOrders;
import shop.agora.core.order.entity.OrderStatus;

/**
 * Backing bean of {@code orders/index.xhtml}: the paid orders with the merchant's items in them, newest first (the
 * service's only order), a page at a time, narrowed to one status or not. The status can come from the address
 * ({@code ?status=CONFIRMED}), so that the dashboard can link to the orders waiting to be shipped.
 */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The statuses the filter offers: every status of a paid order (unpaid ones are not the merchant's business). */
    static final List<OrderStatus> LISTED = Arrays.stream(OrderStatus.values())
            .filter(s -> s != OrderStatus.AWAITING_PAYMENT && s != OrderStatus.PAYMENT_FAILED).toList();

    @EJB
    MerchantOrders orders;

    private final LazyDataModel<MerchantOrderRow> rows = new Rows();
    private OrderStatus status;

    /** The filter changed: show its first page. */
    public void filter(AjaxBehaviorEvent event) {
        if (event.getComponent().findComponent("orders-table") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The listed status with this name ({@code CONFIRMED}); null (all paid orders) for anything else. */
    static OrderStatus listed(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String wanted = name.strip();
        return LISTED.stream().filter(s -> s.name().equalsIgnoreCase(wanted)).findFirst().orElse(null);
    }

    public List<OrderStatus> getStatuses() {
        return LISTED;
    }

    public LazyDataModel<MerchantOrderRow> getRows() {
        return rows;
    }

    public OrderStatus getStatus() {
        return status;
    }

    /** The select offers listed statuses only; anything else (should it come) means all paid orders. */
    public void setStatus(OrderStatus status) {
        this.status = LISTED.contains(status) ? status : null;
    }

    /** The status as the address names it; an unknown name shows all paid orders rather than an error. */
    public String getStatusParam() {
        return status == null ? null : status.name();
    }

    public void setStatusParam(String statusParam) {
        this.status = listed(statusParam);
    }

    private final class Rows extends LazyDataModel<MerchantOrderRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) orders.list(status, 0, 1).total();
        }

        @Override
        public List<MerchantOrderRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            MerchantOrders.Page page = orders.list(status, first, pageSize);
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(MerchantOrderRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public MerchantOrderRow getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst()
                    .orElse(null);
        }
    }
}
