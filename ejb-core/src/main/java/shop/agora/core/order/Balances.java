package shop.agora.core.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.shared.NativeSql;

/**
 * Each customer's balance with the shop, a ledger of signed entries (table {@code balance_entry}): the wallet, which
 * instant refunds go to, and store credit. A customer sees only their own.
 */
@Stateless
public class Balances {

    /** The shop's currency: balances are kept in it. */
    static final String CURRENCY = "EUR";

    @PersistenceContext
    EntityManager em;

    @Resource
    EJBContext context;

    @RolesAllowed(Role.Names.CUSTOMER)
    public BalanceView myBalance() {
        long account = Accounts.callerId(em, context);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.created_at, e.kind, e.amount, o.number, e.note "
                + "from balance_entry e left join customer_order o on o.id = e.order_id where e.account_id = ? "
                + "order by e.id desc").setParameter(1, account).setMaxResults(200).getResultList();
        return new BalanceView(sum(account, "WALLET"), sum(account, "STORE_CREDIT"), CURRENCY,
                rows.stream().map(r -> new BalanceView.Entry(NativeSql.instant(r[0]), (String) r[1],
                        (BigDecimal) r[2], (String) r[3], (String) r[4])).toList());
    }

    private BigDecimal sum(long account, String kind) {
        return (BigDecimal) em.createNativeQuery("select coalesce(sum(amount), 0.00) from balance_entry "
                + "where account_id = ? and kind = ?").setParameter(1, account).setParameter(2, kind)
                .getSingleResult();
    }

    /** Adds an entry (positive: money for the customer), in the caller's transaction. */
    static void credit(EntityManager em, long account, String kind, BigDecimal amount, String currency, Long orderId,
            String note, Instant now) {
        em.createNativeQuery("insert into balance_entry (account_id, kind, amount, currency, order_id, note, "
                        + "created_at) values (?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, account).setParameter(2, kind).setParameter(3, amount).setParameter(4, currency)
                .setParameter(5, orderId).setParameter(6, note).setParameter(7, now.atOffset(ZoneOffset.UTC))
                .executeUpdate();
    }
}
