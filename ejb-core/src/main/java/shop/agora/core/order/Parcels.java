package shop.agora.core.order;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderLine;
import shop.agora.core.shipping.entity.Shipment;

/** An order's parcels as the pages show them, all of them or one merchant's. */
final class Parcels {

    private Parcels() {
    }

    static List<OrderView.Parcel> of(EntityManager em, Order order, Long merchantId) {
        Map<Long, OrderLine> lines = order.lines().stream().collect(Collectors.toMap(OrderLine::id,
                Function.identity()));
        return em.createQuery("select s from Shipment s where s.orderId = :order order by s.id", Shipment.class)
                .setParameter("order", order.id()).getResultStream()
                .filter(s -> merchantId == null || s.merchantId() == merchantId)
                .map(s -> new OrderView.Parcel(s.id(), s.number(), s.carrier(), s.trackingNumber(), s.status().name(),
                        s.lines().stream().map(l -> l.quantity() + " \u00d7 " + lines.get(l.orderLineId()).productName()
                                + " (" + lines.get(l.orderLineId()).skuLabel() + ")").toList(),
                        s.events().stream().map(e -> new OrderView.Scan(e.at(), e.status().name(), e.location(),
                                e.description())).toList()))
                .toList();
    }
}
