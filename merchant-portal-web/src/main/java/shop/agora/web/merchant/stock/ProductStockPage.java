package shop.agora.web.merchant.stock;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;
import shop.agora.core.inventory.MerchantStock;
import shop.agora.core.inventory.MovementView;
import shop.agora.core.inventory.ProductStock;
import shop.agora.core.inventory.ProductStock.VariantStock;
import shop.agora.core.inventory.WarehouseView;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * Backing bean of {@code stock/product.xhtml}: one of the merchant's products, each variant in each warehouse, the
 * variants' low-stock thresholds and the history of every change, newest first. View scoped: the levels as the page
 * shows them, with their versions, stay for {@link StockAdjustment}, which adjusts exactly the level the merchant saw.
 * An unknown product, or another shop's, shows "no such product" on the page.
 */
@Named
@ViewScoped
public class ProductStockPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String HISTORY_TABLE = "movement-form:movement-table";
    private static final DateTimeFormatter WHEN = DateTimeFormatter
            .ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(Locale.ENGLISH).withZone(ZoneId.systemDefault());

    @EJB
    MerchantStock stock;

    private String idParam;
    private ProductStock product;
    private final Map<Long, Integer> thresholds = new HashMap<>();
    private MovementRows movements;

    /** On opening the page: the product asked for; nothing (the page says so) when there is no such product. */
    public void load() {
        if (idParam == null || idParam.isBlank()) {
            return;
        }
        try {
            show(stock.product(Long.parseLong(idParam.strip())));
        } catch (NumberFormatException notAnId) {
            product = null;
        } catch (DomainException | EJBException thrown) {
            Refusals.message(thrown); // "not your product" is a refusal; anything else is thrown on
            product = null;
        }
    }

    /** Sets or, when the input is empty, removes the low-stock threshold of one variant. */
    public void saveThreshold(VariantStock variant) {
        Integer threshold = thresholds.get(variant.skuId());
        try {
            stock.setThreshold(variant.skuId(), threshold);
        } catch (DomainException | EJBException thrown) {
            Messages.error(Refusals.message(thrown));
            return;
        }
        reload();
        Messages.info(threshold == null ? Messages.app("stockProduct.threshold.removed", variant.code())
                : Messages.app("stockProduct.threshold.saved", variant.code(), threshold));
    }

    /**
     * Reads the levels again (after a change, or when a change was refused because they had changed). Public, like
     * the other methods {@link StockAdjustment} calls: it calls them through the bean's proxy.
     */
    public void reload() {
        if (product == null) {
            return;
        }
        try {
            show(stock.product(product.productId()));
        } catch (DomainException | EJBException thrown) {
            Messages.error(Refusals.message(thrown));
            product = null;
        }
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(HISTORY_TABLE) instanceof DataTable t) {
            t.setFirst(0); // the newest change is on the first page
        }
    }

    private void show(ProductStock loaded) {
        product = loaded;
        if (movements == null) { // the product of a page never changes
            movements = new MovementRows(stock, loaded.productId());
        }
        thresholds.clear();
        loaded.variants().forEach(variant -> thresholds.put(variant.skuId(), variant.threshold()));
    }

    /** A variant of the product as the page shows it; empty for any other id. */
    public Optional<VariantStock> variant(Long skuId) {
        return product == null || skuId == null ? Optional.empty()
                : product.variants().stream().filter(v -> v.skuId() == skuId).findFirst();
    }

    /** The position of a warehouse in the page's columns (and in each variant's levels); -1 for any other id. */
    public int column(Long warehouseId) {
        List<WarehouseView> warehouses = product == null ? List.of() : product.warehouses();
        for (int i = 0; i < warehouses.size(); i++) {
            if (warehouseId != null && warehouses.get(i).id() == warehouseId) {
                return i;
            }
        }
        return -1;
    }

    public String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    /** A change as people write it: "+12", "-3", "0". */
    public String signed(int change) {
        return change == 0 ? "0" : String.format(Locale.ENGLISH, "%+d", change);
    }

    public String getTitle() {
        return product == null ? Messages.app("stockProduct.missing.title")
                : Messages.app("stockProduct.title", product.productName());
    }

    public boolean isFound() {
        return product != null;
    }

    public ProductStock getProduct() {
        return product;
    }

    public Map<Long, Integer> getThresholds() {
        return thresholds;
    }

    /** The product's history, a page at a time; null when there is no product (the page then has no table). */
    public LazyDataModel<MovementView> getMovements() {
        return movements;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }
}
