package shop.agora.it.identity;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.util.function.Function;
import shop.agora.core.catalog.CategoryAdmin;

/** Calls the admin services as the demo administrator (principal set in glassfish-ejb-jar.xml). */
@Stateless
@RunAs("ADMIN")
@PermitAll
public class AsAdmin {

    @EJB
    CategoryAdmin categories;

    public <T> T categories(Function<CategoryAdmin, T> call) {
        return call.apply(categories);
    }
}
