package shop.agora.core.inventory;

import java.io.Serializable;

/** A supplier as pages show it. */
public record SupplierView(long id, String name, String email, int leadTimeDays) implements Serializable {
}
