package shop.agora.web.merchant.stock;

import jakarta.ejb.EJB;
import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import shop.agora.core.inventory.MerchantStock;
import shop.agora.core.inventory.SkuStockRow;
import shop.agora.core.inventory.StockQuery;
import shop.agora.core.inventory.StockRows;

/**
 * Backing bean of {@code stock/index.xhtml}: the merchant's variants with their stock over all warehouses, a page at
 * a time, sorted by a column and filtered by text (product name or SKU code) and "low stock only". The filters can
 * come from the address ({@code ?q=...&low=true}), so that a filtered list can be bookmarked and linked to. The
 * columns' {@code field} names are the service's sort fields.
 */
@Named
@ViewScoped
public class StockPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MerchantStock stock;

    private final LazyDataModel<SkuStockRow> rows = new Rows();
    private String text;
    private boolean lowOnly;

    /** A filter changed: show its first page. */
    public void filter(AjaxBehaviorEvent event) {
        if (event.getComponent().findComponent("stock-table") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public LazyDataModel<SkuStockRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isLowOnly() {
        return lowOnly;
    }

    public void setLowOnly(boolean lowOnly) {
        this.lowOnly = lowOnly;
    }

    private final class Rows extends LazyDataModel<SkuStockRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) stock.skus(new StockQuery(text, lowOnly, null, true, 0, 1)).total();
        }

        @Override
        public List<SkuStockRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream()
                    .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                    .findFirst().orElse(null);
            StockRows page = stock.skus(new StockQuery(text, lowOnly,
                    sort == null ? "product" : sort.getField(), sort == null || sort.getOrder().isAscending(),
                    first, pageSize));
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(SkuStockRow row) {
            return String.valueOf(row.skuId());
        }

        @Override
        public SkuStockRow getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst()
                    .orElse(null);
        }
    }
}
