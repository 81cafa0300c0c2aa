package shop.agora.web.merchant.stock;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import shop.agora.core.inventory.MerchantStock;
import shop.agora.core.inventory.MovementPage;
import shop.agora.core.inventory.MovementView;

/** The history of one product's stock for a lazy table, a page at a time, newest first (it has no other order). */
final class MovementRows extends LazyDataModel<MovementView> {

    private static final long serialVersionUID = 1L;

    private final MerchantStock stock;
    private final long productId;

    MovementRows(MerchantStock stock, long productId) {
        this.stock = stock;
        this.productId = productId;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) stock.movements(productId, 0, 1).total();
    }

    @Override
    public List<MovementView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
            Map<String, FilterMeta> filterBy) {
        MovementPage page = stock.movements(productId, first, pageSize);
        setRowCount((int) page.total());
        return page.movements();
    }

    @Override
    public String getRowKey(MovementView movement) {
        return String.valueOf(movement.id());
    }

    @Override
    public MovementView getRowData(String rowKey) {
        return getWrappedData().stream().filter(row -> getRowKey(row).equals(rowKey)).findFirst().orElse(null);
    }
}
