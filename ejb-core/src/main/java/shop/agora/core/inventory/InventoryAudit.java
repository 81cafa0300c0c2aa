package shop.agora.core.inventory;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import shop.agora.core.accounts.entity.Role;

/**
 * Recomputes every stock level from the movement ledger and reports where the stored level differs. The ledger is
 * append-only and written in the same transaction as each level change, so any drift means a change bypassed the
 * services (a manual database edit, a bug): the report shows it rather than silently "fixing" the numbers.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class InventoryAudit {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    public DriftReport recompute() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("with ledger as (select sku_id, warehouse_id, "
                        + "sum(on_hand_delta) on_hand, sum(held_delta) held from stock_movement "
                        + "group by sku_id, warehouse_id), "
                        + "compared as (select coalesce(l.sku_id, g.sku_id) sku_id, "
                        + "coalesce(l.warehouse_id, g.warehouse_id) warehouse_id, coalesce(l.on_hand, 0) stored_on_hand, "
                        + "coalesce(g.on_hand, 0) ledger_on_hand, coalesce(l.held, 0) stored_held, "
                        + "coalesce(g.held, 0) ledger_held from stock_level l full join ledger g "
                        + "on g.sku_id = l.sku_id and g.warehouse_id = l.warehouse_id) "
                        + "select c.sku_id, s.code, p.name, c.warehouse_id, w.code, c.stored_on_hand, c.ledger_on_hand, "
                        + "c.stored_held, c.ledger_held, (select count(*) from compared) from compared c "
                        + "join sku s on s.id = c.sku_id join product p on p.id = s.product_id "
                        + "join warehouse w on w.id = c.warehouse_id "
                        + "where c.stored_on_hand <> c.ledger_on_hand or c.stored_held <> c.ledger_held "
                        + "order by c.sku_id, c.warehouse_id limit 1000")
                .getResultList();
        long checked = rows.isEmpty() ? ((Number) em.createNativeQuery("select count(*) from (select sku_id, "
                + "warehouse_id from stock_level union select sku_id, warehouse_id from stock_movement) k")
                .getSingleResult()).longValue() : ((Number) rows.get(0)[9]).longValue();
        return new DriftReport(clock.instant(), checked, rows.stream().map(r -> new DriftReport.Drift(
                ((Number) r[0]).longValue(), (String) r[1], (String) r[2], ((Number) r[3]).longValue(),
                (String) r[4], ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), ((Number) r[7]).intValue(),
                ((Number) r[8]).intValue())).toList());
    }
}
