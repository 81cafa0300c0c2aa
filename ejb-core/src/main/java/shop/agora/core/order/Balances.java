package shop.agora.core.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.order.control.BalanceSplit;
import shop.agora.core.order.entity.Order;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.NativeSql;

/**
 * Each customer's balance with the shop, a ledger of signed entries (table {@code balance_entry}): the wallet, which
 * instant refunds go to, and store credit. A customer sees only their own. At checkout a signed-in customer can pay
 * with it ({@link BalanceSplit}: store credit first, then the wallet); what an order took goes back to the same kinds
 * when its card payment fails or the order is cancelled, once. Spending and giving back lock the customer's account
 * row, so that two checkouts at the same moment never spend the same money and the balance never goes negative.
 */
@Stateless
public class Balances {

    /** The shop's currency: balances are kept in it. */
    static final String CURRENCY = "EUR";

    static final String WALLET = "WALLET";
    static final String STORE_CREDIT = "STORE_CREDIT";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    EJBContext context;

    @RolesAllowed(Role.Names.CUSTOMER)
    public BalanceView myBalance() {
        long account = Accounts.callerId(em, context);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select e.created_at, e.kind, e.amount, o.number, e.note "
                + "from balance_entry e left join customer_order o on o.id = e.order_id where e.account_id = ? "
                + "order by e.id desc").setParameter(1, account).setMaxResults(200).getResultList();
        return new BalanceView(sum(account, WALLET), sum(account, STORE_CREDIT), CURRENCY,
                rows.stream().map(r -> new BalanceView.Entry(NativeSql.instant(r[0]), (String) r[1],
                        (BigDecimal) r[2], (String) r[3], (String) r[4])).toList());
    }

    /**
     * At checkout, in the transaction that creates the order: the order's customer pays as much of it as their
     * balance has (at most the total), store credit first. Returns how the order is paid now; the card pays the rest.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public BalanceSplit spendOn(long orderId) {
        Order order = em.find(Order.class, orderId);
        if (order.accountId() == null) {
            throw new DomainException("Please sign in to pay with your wallet or store credit.");
        }
        if (!CURRENCY.equals(order.totals().currency())) {
            throw new DomainException("Your wallet and store credit are in " + CURRENCY + " and can pay for orders in "
                    + CURRENCY + " only.");
        }
        lockAccount(order.accountId());
        BalanceSplit split = BalanceSplit.pay(order.totals().total(), sum(order.accountId(), STORE_CREDIT),
                sum(order.accountId(), WALLET));
        debit(order, split);
        return split;
    }

    /**
     * Paying again after a failed card payment (which gave the balance back): the order takes what it took before
     * from the balance again, so that the card pays the same amount. Refused when the balance no longer has it.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public void spendAgain(long orderId) {
        Order order = em.find(Order.class, orderId);
        BigDecimal part = order.balancePaid();
        if (part.signum() == 0 || held(em, orderId).signum() > 0) {
            return; // nothing from the balance, or it is still spent on the order
        }
        lockAccount(order.accountId());
        BalanceSplit split = BalanceSplit.pay(part, sum(order.accountId(), STORE_CREDIT),
                sum(order.accountId(), WALLET));
        if (split.cardNeeded()) {
            throw new DomainException("Your wallet and store credit no longer cover the " + part.toPlainString() + " "
                    + CURRENCY + " that order " + order.number() + " takes from them. Please cancel the order and "
                    + "check out again.");
        }
        debit(order, split);
    }

    /**
     * Gives back to the customer's balance what the order took from it and did not give back yet, to the kinds it
     * came from (the payment failed, or the order was cancelled or never paid). At most once per spending entry,
     * however often it is asked: returns what went back now (nothing on a repeat).
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public BalanceSplit giveBack(long orderId, String why) {
        Order order = em.find(Order.class, orderId);
        BigDecimal none = BigDecimal.ZERO.setScale(2);
        if (order.accountId() == null || order.balancePaid().signum() == 0) {
            return BalanceSplit.cardOnly(none);
        }
        lockAccount(order.accountId());
        @SuppressWarnings("unchecked")
        List<Object[]> spent = em.createNativeQuery("select d.id, d.kind, d.amount from balance_entry d "
                + "where d.order_id = ? and d.pays_order and not exists (select 1 from balance_entry r "
                + "where r.returns_entry_id = d.id) order by d.id").setParameter(1, orderId).getResultList();
        BigDecimal storeCredit = none;
        BigDecimal wallet = none;
        String note = shorten("Given back from order " + order.number() + (why == null ? "" : ": " + why));
        for (Object[] entry : spent) {
            BigDecimal amount = ((BigDecimal) entry[2]).negate();
            int inserted = em.createNativeQuery("insert into balance_entry (account_id, kind, amount, currency, "
                            + "order_id, note, created_at, returns_entry_id) values (?, ?, ?, ?, ?, ?, ?, ?) "
                            + "on conflict (returns_entry_id) do nothing")
                    .setParameter(1, order.accountId()).setParameter(2, entry[1]).setParameter(3, amount)
                    .setParameter(4, CURRENCY).setParameter(5, orderId).setParameter(6, note)
                    .setParameter(7, clock.instant().atOffset(ZoneOffset.UTC))
                    .setParameter(8, ((Number) entry[0]).longValue()).executeUpdate();
            if (inserted == 1 && STORE_CREDIT.equals(entry[1])) {
                storeCredit = storeCredit.add(amount);
            } else if (inserted == 1) {
                wallet = wallet.add(amount);
            }
        }
        return new BalanceSplit(storeCredit, wallet, none);
    }

    /** What the order has taken from the balance and not given back (0 for none), in the caller's transaction. */
    static BigDecimal held(EntityManager em, long orderId) {
        return (BigDecimal) em.createNativeQuery("select coalesce(-sum(d.amount), 0.00) from balance_entry d "
                + "where d.order_id = ? and d.pays_order and not exists (select 1 from balance_entry r "
                + "where r.returns_entry_id = d.id)").setParameter(1, orderId).getSingleResult();
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

    private void debit(Order order, BalanceSplit split) {
        Instant now = clock.instant();
        String note = "Paid towards order " + order.number();
        for (String kind : List.of(STORE_CREDIT, WALLET)) {
            BigDecimal amount = STORE_CREDIT.equals(kind) ? split.storeCredit() : split.wallet();
            if (amount.signum() > 0) {
                em.createNativeQuery("insert into balance_entry (account_id, kind, amount, currency, order_id, note, "
                                + "created_at, pays_order) values (?, ?, ?, ?, ?, ?, ?, true)")
                        .setParameter(1, order.accountId()).setParameter(2, kind).setParameter(3, amount.negate())
                        .setParameter(4, CURRENCY).setParameter(5, order.id()).setParameter(6, note)
                        .setParameter(7, now.atOffset(ZoneOffset.UTC)).executeUpdate();
            }
        }
        order.payFromBalance(split.storeCredit(), split.wallet());
    }

    /**
     * The customer's account row, locked until the transaction ends: spending reads the balance and writes the debit
     * under it. "No key update" rather than "update", so that inserting rows that refer to the account (orders,
     * entries: a key share lock each) neither waits for it nor deadlocks with another checkout.
     */
    private void lockAccount(long account) {
        em.createNativeQuery("select id from account where id = ? for no key update").setParameter(1, account)
                .getSingleResult();
    }

    private BigDecimal sum(long account, String kind) {
        return (BigDecimal) em.createNativeQuery("select coalesce(sum(amount), 0.00) from balance_entry "
                + "where account_id = ? and kind = ?").setParameter(1, account).setParameter(2, kind)
                .getSingleResult();
    }

    private static String shorten(String note) {
        return note.length() > 200 ? note.substring(0, 199) + "\u2026" : note;
    }
}
