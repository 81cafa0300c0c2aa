package shop.agora.core.order;

import java.io.Serializable;
import java.util.List;
import shop.agora.core.order.control.Totals;
import shop.agora.core.shipping.ShippingOption;

/**
 * The cart as checkout shows it: the priced lines, the shipping options to the destination, the chosen one and the
 * totals with shipping and tax. {@code totals} is null while no shipping method can take the parcel.
 */
public record CheckoutQuote(CartView cart, List<ShippingOption> options, ShippingOption chosen, Totals totals)
        implements Serializable {
}
