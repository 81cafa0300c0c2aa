package shop.agora.core.shipping;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.OrderConfirmed;
import shop.agora.core.events.ShipmentReady;
import shop.agora.core.inventory.StockManagement;
import shop.agora.core.inventory.entity.Warehouse;
import shop.agora.core.merchants.entity.Merchant;
import shop.agora.core.order.OrderLocks;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderLine;
import shop.agora.core.order.entity.OrderStatus;
import shop.agora.core.shipping.control.LabelPdf;
import shop.agora.core.shipping.entity.Shipment;
import shop.agora.core.shipping.entity.ShipmentStatus;

/**
 * "Order Confirmed" -> parcels: the order's items are grouped by merchant and by the warehouse their stock was held
 * in (items that ship separately get their own parcel), each parcel is registered with the carrier (idempotency key:
 * the parcel number, so a redelivered event gets the same tracking number), gets a printable label, and "Shipment
 * Ready" is published for it. A repeat creates nothing; a cancelled order gets no parcels.
 */
@Stateless
@RolesAllowed(Role.Names.SYSTEM)
public class LabelGeneration {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @EJB
    ShippingProvider carrier;

    @EJB
    StockManagement stock;

    @Inject
    EventPublisher events;

    /** Creates the order's parcels (those it does not have yet); returns the ids of the parcels created now. */
    public List<Long> createShipments(@NotNull OrderConfirmed event) {
        Order order = OrderLocks.lock(em, event.orderId());
        if (order == null || order.status() == OrderStatus.CANCELLED) {
            return List.of();
        }
        Map<Long, Long> shipsFrom = stock.shipsFrom(order.number());
        Map<List<Long>, List<OrderLine>> parcels = new LinkedHashMap<>();
        for (OrderLine line : order.lines()) {
            Long warehouse = shipsFrom.get(line.skuId());
            if (warehouse == null) {
                throw new IllegalStateException("Order " + order.number() + " has no stock confirmed for SKU "
                        + line.skuCode());
            }
            parcels.computeIfAbsent(List.of(line.merchantId(), warehouse), k -> new ArrayList<>()).add(line);
        }
        List<Long> created = new ArrayList<>();
        int index = 0;
        Instant now = clock.instant();
        for (Map.Entry<List<Long>, List<OrderLine>> parcel : parcels.entrySet()) {
            index++;
            long merchantId = parcel.getKey().get(0);
            long warehouseId = parcel.getKey().get(1);
            boolean exists = !em.createQuery("select s.id from Shipment s where s.orderId = :order "
                            + "and s.merchantId = :merchant and s.warehouseId = :warehouse", Long.class)
                    .setParameter("order", order.id()).setParameter("merchant", merchantId)
                    .setParameter("warehouse", warehouseId).getResultList().isEmpty();
            if (exists) {
                continue;
            }
            Shipment shipment = register(order, index, merchantId, warehouseId, parcel.getValue(), now);
            shipment.scanned(ShipmentStatus.LABEL_CREATED, now, em.find(Warehouse.class, warehouseId).city(),
                    "Label created, parcel announced");
            em.persist(shipment);
            em.flush();
            created.add(shipment.id());
            events.publish(Destinations.SHIPMENT_READY, new ShipmentReady(UUID.randomUUID(), now, shipment.id(),
                    shipment.number(), order.id(), order.number(), order.email(), merchantId, shipment.carrier(),
                    shipment.trackingNumber()));
        }
        return created;
    }

    private Shipment register(Order order, int index, long merchantId, long warehouseId, List<OrderLine> lines,
            Instant now) {
        Warehouse warehouse = em.find(Warehouse.class, warehouseId);
        Merchant merchant = em.find(Merchant.class, merchantId);
        String number = order.number() + "-" + index;
        int weight = Math.max(1, lines.stream().mapToInt(l -> l.weightGrams() * l.quantity()).sum());
        int items = lines.stream().mapToInt(OrderLine::quantity).sum();
        Order.Destination to = order.destination();
        ShippingProvider.Address toAddress = new ShippingProvider.Address(to.name(), to.street(), to.postalCode(),
                to.city(), to.country());
        ShippingProvider.Address fromAddress = new ShippingProvider.Address(warehouse.name(), warehouse.street(),
                warehouse.postalCode(), warehouse.city(), warehouse.country());
        ShippingProvider.Registration registration = carrier.register("parcel-" + number,
                new ShippingProvider.Parcel(number, fromAddress, toAddress, weight, order.shippingMethod()));
        byte[] label = LabelPdf.render(new LabelPdf.Label(registration.carrier(), order.shippingMethod(),
                registration.trackingNumber(), number, order.number(), merchant.name(), fromAddress, toAddress,
                to.phone(), weight, items, now));
        return new Shipment(order.id(), merchantId, warehouseId, number, registration.carrier(),
                order.shippingMethod(), registration.trackingNumber(), weight, label,
                lines.stream().map(l -> new Shipment.Line(l.id(), l.quantity())).toList(), now);
    }
}
