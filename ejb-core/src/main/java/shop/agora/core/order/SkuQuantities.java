package shop.agora.core.order;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shop.agora.core.inventory.SkuQuantity;

/** Cart lines as the customer sends them, merged per SKU (the same SKU twice adds up). */
final class SkuQuantities {

    private SkuQuantities() {
    }

    static List<SkuQuantity> merged(List<SkuQuantity> lines) {
        Map<Long, Integer> merged = new LinkedHashMap<>();
        for (SkuQuantity line : lines) {
            merged.merge(line.skuId(), line.quantity(), Integer::sum);
        }
        return merged.entrySet().stream().map(e -> new SkuQuantity(e.getKey(), e.getValue())).toList();
    }
}
