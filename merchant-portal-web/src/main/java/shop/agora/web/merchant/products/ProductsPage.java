package shop.agora.web.merchant.products;

import jakarta.faces.event.AjaxBehaviorEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import shop.agora.core.catalog.ProductList;
import shop.agora.core.catalog.ProductManagement;
import shop.agora.core.catalog.ProductQuery;
import shop.agora.core.catalog.ProductRow;
import shop.agora.core.catalog.entity.ProductStatus;

/**
 * Backing bean of {@code products/index.xhtml}: the merchant's products, a page at a time, sorted by a column and
 * filtered by text (name or SKU code) and status. The columns' {@code field} names are the service's sort fields.
 */
@Named
@ViewScoped
public class ProductsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.ENGLISH).withZone(ZoneId.systemDefault());

    @Inject
    ProductManagement products;

    private final LazyDataModel<ProductRow> rows = new Rows();
    private String text;
    private ProductStatus status;

    /** A filter changed: show its first page. */
    public void filter(AjaxBehaviorEvent event) {
        if (event.getComponent().findComponent("products") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    public List<ProductStatus> getStatuses() {
        return List.of(ProductStatus.values());
    }

    public LazyDataModel<ProductRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public void setStatus(ProductStatus status) {
        this.status = status;
    }

    private final class Rows extends LazyDataModel<ProductRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) products.myProducts(new ProductQuery(text, status, null, false, 0, 1)).total();
        }

        @Override
        public List<ProductRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream()
                    .filter(s -> s.getOrder() != null && !s.getOrder().isUnsorted())
                    .findFirst().orElse(null);
            ProductList page = products.myProducts(new ProductQuery(text, status,
                    sort == null ? "updated" : sort.getField(), sort != null && sort.getOrder().isAscending(),
                    first, pageSize));
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(ProductRow row) {
            return String.valueOf(row.id());
        }

        @Override
        public ProductRow getRowData(String rowKey) {
            return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst()
                    .orElse(null);
        }
    }
}
