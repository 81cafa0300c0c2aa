package shop.agora.core.inventory;

import java.time.Instant;
import java.util.List;

/**
 * The outcome of asking to hold stock for an order: either every line is held (until {@code expiresAt}) or nothing
 * is, and {@code shortages} says which SKUs lacked how much.
 */
public record HoldResult(boolean held, Instant expiresAt, List<Shortage> shortages) {

    public record Shortage(long skuId, int requested, int available) {
    }

    public HoldResult {
        shortages = List.copyOf(shortages);
    }
}
