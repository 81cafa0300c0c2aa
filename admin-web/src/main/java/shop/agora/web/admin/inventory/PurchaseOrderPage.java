package shop.agora.web.admin.inventory;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import shop.agora.core.inventory.PurchaseOrderView;
import shop.agora.core.inventory.Replenishment;
import shop.agora.core.inventory.WarehouseView;
import shop.agora.core.shared.DomainException;
import shop.agora.web.common.error.NotFound;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * Backing bean of {@code inventory/purchase-order.xhtml} ({@code ?id=} or {@code ?number=PO-...}): one purchase
 * order, receiving what arrived line by line, and cancelling it. View scoped: the order's version as shown goes
 * back with a receipt or a cancellation, so that a change someone else made meanwhile is refused, not overwritten.
 */
@Named
@ViewScoped
public class PurchaseOrderPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String LINES = "receive:lines:";
    private static final String QUANTITY = ":receive-qty";

    @Inject
    Replenishment replenishment;

    private String idParam;
    private String numberParam;

    private PurchaseOrderView order;
    private List<ReceiptLine> lines = List.of();

    /** On opening the page: the order asked for, or "not found". */
    public void load() throws IOException {
        Optional<PurchaseOrderView> found = Optional.empty();
        try {
            if (idParam != null && !idParam.isBlank()) {
                found = Optional.of(replenishment.purchaseOrder(Long.parseLong(idParam.strip())));
            } else if (numberParam != null && !numberParam.isBlank()) {
                found = replenishment.purchaseOrderId(numberParam).map(replenishment::purchaseOrder);
            }
        } catch (NumberFormatException | DomainException unknown) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            NotFound.respond();
            return;
        }
        show(found.get(), Map.of());
    }

    /**
     * Books what arrived. More than a line's outstanding quantity is refused here, next to the line; the service
     * refuses it too (and a receipt of nothing, and a change someone else made meanwhile).
     */
    public void receive() {
        if (order == null) {
            return;
        }
        Map<Long, Integer> quantities = new LinkedHashMap<>();
        boolean valid = true;
        for (int row = 0; row < lines.size(); row++) {
            PurchaseOrderView.Line line = lines.get(row).getLine();
            int quantity = lines.get(row).getQuantity() == null ? 0 : lines.get(row).getQuantity();
            if (quantity < 0) {
                Refusals.onInput(LINES + row + QUANTITY, Messages.app("po.receive.negative"));
                valid = false;
            } else if (quantity > line.outstanding()) {
                Refusals.onInput(LINES + row + QUANTITY, Messages.app("po.receive.tooMany", line.outstanding()));
                valid = false;
            } else if (quantity > 0) {
                quantities.put(line.lineId(), quantity);
            }
        }
        if (!valid) {
            return;
        }
        int units = quantities.values().stream().mapToInt(Integer::intValue).sum();
        Map<Long, Integer> typed = typed();
        Refusals.get(() -> replenishment.receive(order.id(), order.version(), quantities)).ifPresentOrElse(
                received -> {
                    show(received, Map.of());
                    Messages.info(Messages.app("po.received", units, received.number(),
                            getStatusLabel().toLowerCase(Locale.ENGLISH)));
                },
                () -> reload(typed));
    }

    public void cancel() {
        if (order == null) {
            return;
        }
        Map<Long, Integer> typed = typed();
        Refusals.get(() -> replenishment.cancel(order.id(), order.version())).ifPresentOrElse(
                cancelled -> {
                    show(cancelled, Map.of());
                    Messages.info(Messages.app("po.cancelled", cancelled.number()));
                },
                () -> reload(typed));
    }

    /** After a refusal: the order as it is now (someone may have changed it), with what was typed in. */
    private void reload(Map<Long, Integer> typed) {
        try {
            show(replenishment.purchaseOrder(order.id()), typed);
        } catch (DomainException gone) {
            lines = List.of();
        }
    }

    private void show(PurchaseOrderView view, Map<Long, Integer> typed) {
        order = view;
        lines = view.lines().stream().map(line -> new ReceiptLine(line, typed.get(line.lineId()))).toList();
    }

    private Map<Long, Integer> typed() {
        Map<Long, Integer> typed = new HashMap<>();
        lines.forEach(row -> {
            if (row.getQuantity() != null) {
                typed.put(row.getLine().lineId(), row.getQuantity());
            }
        });
        return typed;
    }

    /** "Partially received". */
    public String getStatusLabel() {
        return order == null ? "" : Messages.app("po.status." + order.status());
    }

    /** Where the order is delivered: "Dock 4, 1013 AB Amsterdam, NL". */
    public String getAddress() {
        if (order == null) {
            return "";
        }
        WarehouseView w = order.warehouse();
        return w.street() + ", " + w.postalCode() + " " + w.city() + ", " + w.country();
    }

    public String getCancelQuestion() {
        return order == null ? "" : Messages.app("po.cancel.question", order.number());
    }

    public PurchaseOrderView getOrder() {
        return order;
    }

    public List<ReceiptLine> getLines() {
        return lines;
    }

    public String getIdParam() {
        return idParam;
    }

    public void setIdParam(String idParam) {
        this.idParam = idParam;
    }

    public String getNumberParam() {
        return numberParam;
    }

    public void setNumberParam(String numberParam) {
        this.numberParam = numberParam;
    }
}
