package shop.agora.web.merchant.stock;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import shop.agora.core.inventory.MerchantStock;
import shop.agora.core.inventory.ProductStock.VariantStock;
import shop.agora.core.inventory.StockLevel;
import shop.agora.core.inventory.WarehouseView;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * The adjustment form of {@code stock/product.xhtml}: adds or removes units of one variant in one warehouse, with a
 * reason. It sends the version of the level the page shows ({@link ProductStockPage} keeps it), so a change someone
 * made meanwhile is refused instead of overwritten; either way the page then shows the levels as they are now.
 */
@Named
@ViewScoped
public class StockAdjustment implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String FORM = "adjust-form";

    @EJB
    MerchantStock stock;

    @Inject
    ProductStockPage page;

    private Long skuId;
    private Long warehouseId;
    private Integer delta;
    private String reason;
    private String note;

    /** Where there is only one variant or one warehouse, it is chosen already. */
    @PostConstruct
    void chooseTheOnlyOnes() {
        if (page.isFound() && page.getProduct().variants().size() == 1) {
            skuId = page.getProduct().variants().get(0).skuId();
        }
        if (page.isFound() && page.getProduct().warehouses().size() == 1) {
            warehouseId = page.getProduct().warehouses().get(0).id();
        }
    }

    public void submit() {
        // the choices come back from the browser: only the loaded product's variants and warehouses count
        Optional<VariantStock> variant = page.variant(skuId);
        int column = page.column(warehouseId);
        if (variant.isEmpty() || column < 0) {
            Messages.error(Messages.app("stockProduct.adjust.unknown"));
            return;
        }
        if (delta == null || delta == 0) {
            invalid("adjust-delta", "stockProduct.adjust.delta.zero");
            return;
        }
        StockLevel shown = variant.get().levels().get(column);
        WarehouseView warehouse = page.getProduct().warehouses().get(column);
        try {
            stock.adjust(shown.skuId(), shown.warehouseId(), delta, reason, note, shown.version());
        } catch (DomainException | EJBException thrown) {
            Messages.error(Refusals.message(thrown));
            page.reload(); // the message says what the stock is now; so do the numbers
            return;
        }
        page.reload();
        Messages.info(Messages.app("stockProduct.adjust.done", variant.get().code(), warehouse.label(),
                page.signed(delta), onHandNow()));
        delta = null;
        reason = null;
        note = null;
    }

    /** The units on hand of the chosen variant and warehouse as reloaded (a new warehouse may move the columns). */
    private int onHandNow() {
        int column = page.column(warehouseId);
        return column < 0 ? 0 : page.variant(skuId).map(v -> v.levels().get(column).onHand()).orElse(0);
    }

    /** A message next to the input, which is shown as invalid. */
    private static void invalid(String inputId, String textKey) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = FORM + ":" + inputId;
        Messages.errorOn(clientId, Messages.app(textKey));
        if (faces.getViewRoot().findComponent(clientId) instanceof UIInput input) {
            input.setValid(false);
        }
        faces.validationFailed();
    }

    public List<String> getReasons() {
        return MerchantStock.REASONS;
    }

    public Long getSkuId() {
        return skuId;
    }

    public void setSkuId(Long skuId) {
        this.skuId = skuId;
    }

    public Long getWarehouseId() {
        return warehouseId;
    }

    public void setWarehouseId(Long warehouseId) {
        this.warehouseId = warehouseId;
    }

    public Integer getDelta() {
        return delta;
    }

    public void setDelta(Integer delta) {
        this.delta = delta;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
