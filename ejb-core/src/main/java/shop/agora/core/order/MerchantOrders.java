package shop.agora.core.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderLine;
import shop.agora.core.order.entity.OrderStatus;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shipping.entity.Shipment;

/**
 * The orders that contain a merchant's items, for the merchant portal: a merchant sees only its own lines and parcels
 * and downloads only its own labels. Unpaid orders are not listed (nothing to pack yet). Every method works on the
 * caller's merchant, enforced here, not in the pages.
 */
@Stateless
@RolesAllowed(Role.Names.MERCHANT)
public class MerchantOrders {

    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = 100;

    private static final List<OrderStatus> UNPAID = List.of(OrderStatus.AWAITING_PAYMENT, OrderStatus.PAYMENT_FAILED);

    @PersistenceContext
    EntityManager em;

    @Resource
    EJBContext context;

    /** One page of the list, newest first, and how many there are. */
    public record Page(List<MerchantOrderRow> rows, long total) {
    }

    /** A label to download. */
    public record Label(String fileName, byte[] pdf) {
    }

    /** The merchant's orders, newest first; {@code status} narrows to one status (null: all paid ones). */
    public Page list(OrderStatus status, int first, int max) {
        long merchant = merchantId();
        String where = " from Order o where exists (select l from OrderLine l where l.order = o and l.merchantId = "
                + ":merchant) and " + (status == null ? "o.status not in :unpaid" : "o.status = :status");
        var rows = em.createQuery("select o" + where + " order by o.id desc", Order.class)
                .setParameter("merchant", merchant);
        var count = em.createQuery("select count(o)" + where, Long.class).setParameter("merchant", merchant);
        if (status == null) {
            rows.setParameter("unpaid", UNPAID);
            count.setParameter("unpaid", UNPAID);
        } else {
            rows.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<Order> orders = rows.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE))).getResultList();
        // the tracking numbers of the whole page in one query (not the labels)
        Map<Long, List<String>> tracking = orders.isEmpty() ? Map.of() : em.createQuery("select s.orderId, "
                        + "s.trackingNumber from Shipment s where s.orderId in :orders and s.merchantId = :merchant "
                        + "order by s.id", Object[].class)
                .setParameter("orders", orders.stream().map(Order::id).toList()).setParameter("merchant", merchant)
                .getResultStream().collect(Collectors.groupingBy(r -> ((Number) r[0]).longValue(),
                        Collectors.mapping(r -> (String) r[1], Collectors.toList())));
        return new Page(orders.stream().map(o -> row(o, merchant, tracking.getOrDefault(o.id(), List.of()))).toList(),
                count.getSingleResult());
    }

    /** One order with the merchant's lines and parcels; empty when it has none of the merchant's items. */
    public Optional<MerchantOrderView> order(@NotNull String number) {
        long merchant = merchantId();
        return em.createQuery("select o from Order o where o.number = :number", Order.class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT)).getResultStream().findFirst()
                .filter(o -> !UNPAID.contains(o.status()))
                .filter(o -> o.lines().stream().anyMatch(l -> l.merchantId() == merchant))
                .map(o -> {
                    List<OrderLine> mine = mine(o, merchant);
                    return new MerchantOrderView(o.id(), o.number(), o.status().name(), o.createdAt(),
                            o.destination().name(), o.destination(), o.shippingMethod(), o.totals().currency(),
                            total(mine),
                            mine.stream().map(l -> new OrderView.Line(l.skuId(), l.productName(), l.productSlug(),
                                    l.skuCode(), l.skuLabel(), l.unitPrice(), l.quantity(), l.lineTotal())).toList(),
                            Parcels.of(em, o, merchant),
                            o.history().stream().map(h -> new OrderView.Step(h.at(),
                                    h.from() == null ? null : h.from().name(), h.to().name(), h.actor(), h.note()))
                                    .toList());
                });
    }

    /** The printable label of one of the merchant's parcels; another merchant's parcel is "not found". */
    public Label label(long shipmentId) {
        Shipment shipment = em.find(Shipment.class, shipmentId);
        if (shipment == null || shipment.merchantId() != merchantId()) {
            throw new DomainException("There is no such parcel in your shop.");
        }
        return new Label("label-" + shipment.trackingNumber() + ".pdf", shipment.labelPdf());
    }

    private static MerchantOrderRow row(Order o, long merchant, List<String> tracking) {
        List<OrderLine> mine = mine(o, merchant);
        return new MerchantOrderRow(o.id(), o.number(), o.status().name(), o.createdAt(), o.destination().name(),
                o.destination().city(), o.destination().country(), mine.stream().mapToInt(OrderLine::quantity).sum(),
                total(mine), o.totals().currency(), tracking);
    }

    private static List<OrderLine> mine(Order o, long merchant) {
        return o.lines().stream().filter(l -> l.merchantId() == merchant).toList();
    }

    private static BigDecimal total(List<OrderLine> lines) {
        return lines.stream().map(OrderLine::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private long merchantId() {
        return em.createQuery("select a.merchant.id from Account a where a.email = :email", Long.class)
                .setParameter("email", context.getCallerPrincipal().getName().toLowerCase(Locale.ROOT))
                .getSingleResult();
    }
}
