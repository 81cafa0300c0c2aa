package shop.agora.core.inventory.control;

/**
 * When a SKU needs replenishing and how much to order; pure arithmetic, no database.
 *
 * <ul>
 * <li><b>Reorder point</b>: the SKU's low-stock threshold when the merchant set one; otherwise the demand expected
 * while a new delivery is on its way, i.e. the last 30 days' sales per day times the supplier's lead time (rounded
 * up). A SKU without threshold and without sales has reorder point 0: it is low only when sold out.</li>
 * <li><b>Low</b>: the stock position (available now plus what is already on order) is at or below the reorder
 * point. Counting what is on order keeps the daily check from alerting again for stock that is on its way.</li>
 * <li><b>Suggested quantity</b>: enough to bring the position back to the reorder point plus 30 days of demand,
 * and never less than the minimum order.</li>
 * </ul>
 */
public final class ReorderPolicy {

    public static final int VELOCITY_DAYS = 30;

    public enum Basis { THRESHOLD, VELOCITY }

    /** What the check decided for one SKU. */
    public record Decision(boolean low, int reorderPoint, Basis basis, int suggestedQuantity) {
    }

    private final int minimumOrder;

    public ReorderPolicy(int minimumOrder) {
        if (minimumOrder < 1) {
            throw new IllegalArgumentException("The minimum order is at least 1");
        }
        this.minimumOrder = minimumOrder;
    }

    /**
     * @param available units that can be sold now (on hand minus held), over all warehouses
     * @param onOrder units ordered from suppliers and not yet received
     * @param threshold the merchant's low-stock threshold, or null
     * @param soldLast30Days units sold in the last 30 days, net of returns
     * @param leadTimeDays how long the supplier takes to deliver
     */
    public Decision decide(int available, int onOrder, Integer threshold, int soldLast30Days, int leadTimeDays) {
        if (threshold != null && threshold < 0 || leadTimeDays < 0) {
            throw new IllegalArgumentException("Thresholds and lead times are not negative");
        }
        double perDay = Math.max(0, soldLast30Days) / (double) VELOCITY_DAYS;
        Basis basis = threshold != null ? Basis.THRESHOLD : Basis.VELOCITY;
        int reorderPoint = threshold != null ? threshold : (int) Math.ceil(perDay * leadTimeDays - 1e-9);
        int position = available + onOrder;
        boolean low = position <= reorderPoint;
        int target = reorderPoint + (int) Math.ceil(perDay * VELOCITY_DAYS - 1e-9);
        int suggested = Math.max(minimumOrder, target - position);
        return new Decision(low, reorderPoint, basis, suggested);
    }
}
