package shop.agora.it.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.function.Function;
import shop.agora.core.inventory.MerchantStock;
import shop.agora.core.catalog.ProductManagement;

/** Calls the merchant services as the demo user of Harbor Electronics (principal set in glassfish-ejb-jar.xml). */
@Stateless
@RunAs("MERCHANT")
@PermitAll
public class AsHarbor {

    @EJB
    ProductManagement products;

    public <T> T products(Function<ProductManagement, T> call) {
        return call.apply(products);
    }

    @EJB
    MerchantStock stockBean;

    public <T> T stock(Function<MerchantStock, T> call) {
        return call.apply(stockBean);
    }
}
