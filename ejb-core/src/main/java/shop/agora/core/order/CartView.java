package shop.agora.core.order;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** A cart priced by the server: its lines, the subtotal and whether every line can be ordered as it is. */
public record CartView(List<CartLineView> lines, String currency, BigDecimal subtotal, int itemCount)
        implements Serializable {

    public CartView {
        lines = List.copyOf(lines);
    }

    public boolean empty() {
        return lines.isEmpty();
    }

    /** True when a line has a problem (not enough stock, no longer sold). */
    public boolean hasProblems() {
        return lines.stream().anyMatch(l -> l.problem() != null);
    }

    public int weightGrams() {
        return lines.stream().mapToInt(l -> l.weightGrams() * l.quantity()).sum();
    }
}
