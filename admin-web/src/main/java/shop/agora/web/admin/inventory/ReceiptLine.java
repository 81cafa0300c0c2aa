package shop.agora.web.admin.inventory;

import java.io.Serializable;
import shop.agora.core.inventory.PurchaseOrderView;

/** A line of a purchase order with what the warehouse says arrived now (empty: nothing). */
public class ReceiptLine implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PurchaseOrderView.Line line;
    private Integer quantity;

    ReceiptLine(PurchaseOrderView.Line line, Integer quantity) {
        this.line = line;
        this.quantity = quantity;
    }

    public PurchaseOrderView.Line getLine() {
        return line;
    }

    public Integer getQuantity() {
        return quantity;
    }

    public void setQuantity(Integer quantity) {
        this.quantity = quantity;
    }
}
