package shop.agora.core.inventory;

import java.io.Serializable;
import java.util.List;

/** A product's stock: each variant in each warehouse (every warehouse is listed, with zeros where it has none). */
public record ProductStock(long productId, String productName, String productSlug, List<WarehouseView> warehouses,
        List<VariantStock> variants) implements Serializable {

    /** One variant; {@code levels} are in the order of {@code warehouses}. */
    public record VariantStock(long skuId, String code, String label, Integer threshold, List<StockLevel> levels)
            implements Serializable {

        public int onHand() {
            return levels.stream().mapToInt(StockLevel::onHand).sum();
        }

        public int held() {
            return levels.stream().mapToInt(StockLevel::held).sum();
        }

        public int available() {
            return onHand() - held();
        }
    }
}
