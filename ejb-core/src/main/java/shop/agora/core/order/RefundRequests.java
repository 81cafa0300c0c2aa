package shop.agora.core.order;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.EventPublisher;
import shop.agora.core.events.RefundProcessed;
import shop.agora.core.events.RefundRequested;
import shop.agora.core.order.control.BalanceSplit;
import shop.agora.core.order.control.RefundPolicy;
import shop.agora.core.order.entity.Order;
import shop.agora.core.order.entity.OrderStatus;
import shop.agora.core.shared.DomainException;
import shop.agora.core.shared.NativeSql;

/**
 * Refunds after delivery, by the policy admins edit ({@link RefundPolicy}): a signed-in customer asks once per
 * delivered order and gets, by the days since delivery, the total and whether they are a premium customer, an
 * instant wallet refund (refunded), a card refund (refund pending, then refunded when the gateway confirms), a
 * partial card refund (refund pending, then partially refunded), store credit (credit issued), or "Refund period
 * expired". Wallet and store credit go to the customer's balance ({@link Balances}). Card refunds go through
 * "Refund Requested" to PaymentProcessing, whose "Refund Processed" completes the order here. An order paid partly or
 * wholly with the balance gets that part back there: a card refund covers at most what the card paid, and the rest
 * goes to the wallet and store credit it came from ({@link BalanceSplit#refund}); when nothing is left for the card
 * the request is done at once.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
public class RefundRequests {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    EJBContext context;

    @Inject
    EventPublisher events;

    /** The policy in force. */
    @PermitAll
    public RefundPolicy policy() {
        Object[] row = (Object[]) em.createNativeQuery("select instant_days, instant_limit, partial_days, "
                + "premium_percent, standard_percent, credit_days from refund_policy where id = 1").getSingleResult();
        return new RefundPolicy(((Number) row[0]).intValue(), (BigDecimal) row[1], ((Number) row[2]).intValue(),
                ((Number) row[3]).intValue(), ((Number) row[4]).intValue(), ((Number) row[5]).intValue());
    }

    /**
     * Saves the policy an admin edited, provided it is still the one the admin started from ({@code seen}): when
     * another admin changed it meanwhile, the change is refused (saying who and when), so that neither change is
     * lost unseen.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public RefundPolicy updatePolicy(@NotNull @Valid RefundPolicyForm form, @NotNull RefundPolicy seen) {
        int updated = em.createNativeQuery("update refund_policy set instant_days = ?, instant_limit = ?, "
                        + "partial_days = ?, premium_percent = ?, standard_percent = ?, credit_days = ?, "
                        + "updated_at = ?, updated_by = ? where id = 1 and instant_days = ? and instant_limit = ? "
                        + "and partial_days = ? and premium_percent = ? and standard_percent = ? and credit_days = ?")
                .setParameter(1, form.instantDays()).setParameter(2, form.instantLimit())
                .setParameter(3, form.partialDays()).setParameter(4, form.premiumPercent())
                .setParameter(5, form.standardPercent()).setParameter(6, form.creditDays())
                .setParameter(7, clock.instant().atOffset(ZoneOffset.UTC))
                .setParameter(8, context.getCallerPrincipal().getName())
                .setParameter(9, seen.instantDays()).setParameter(10, seen.instantLimit())
                .setParameter(11, seen.partialDays()).setParameter(12, seen.premiumPercent())
                .setParameter(13, seen.standardPercent()).setParameter(14, seen.creditDays()).executeUpdate();
        if (updated == 0) {
            Object[] last = (Object[]) em.createNativeQuery("select updated_by, to_char(updated_at at time zone 'UTC', "
                    + "'YYYY-MM-DD HH24:MI') from refund_policy where id = 1").getSingleResult();
            throw new DomainException("The refund policy was changed meanwhile by " + last[0] + " (" + last[1]
                    + " UTC). It is shown as it is now: check your values and save again.");
        }
        return policy();
    }

    /** What a refund request for one of the caller's delivered orders would get now (nothing is changed). */
    @RolesAllowed(Role.Names.CUSTOMER)
    public Optional<RefundPolicy.Decision> preview(@NotNull String number) {
        long account = Accounts.callerId(em, context);
        return mine(number, account, false).filter(o -> o.status() == OrderStatus.FULFILLED)
                .map(o -> decide(o, account));
    }

    /** The refund request of one of the caller's orders, if there is one. */
    @RolesAllowed(Role.Names.CUSTOMER)
    public Optional<RefundRequestView> myRequest(@NotNull String number) {
        long account = Accounts.callerId(em, context);
        return mine(number, account, false).flatMap(this::request);
    }

    /** A signed-in customer asks for a refund of a delivered order; returns what it got. */
    @RolesAllowed(Role.Names.CUSTOMER)
    public RefundRequestView requestMine(@NotNull String number, @Size(max = 300) String reason) {
        long account = Accounts.callerId(em, context);
        Order order = mine(number, account, true)
                .orElseThrow(() -> new DomainException("We cannot find order " + number + " in your account."));
        Optional<RefundRequestView> earlier = request(order);
        if (earlier.isPresent()) {
            throw new DomainException("You asked for a refund of order " + order.number() + " already: "
                    + earlier.get().rule());
        }
        if (order.status() != OrderStatus.FULFILLED) {
            throw new DomainException("Order " + order.number() + " is " + order.status().words() + ": a refund can "
                    + "be asked for once it has been delivered" + (order.status().cancellable()
                    ? "; until it is picked up you can cancel it instead." : "."));
        }
        RefundPolicy.Decision decision = decide(order, account);
        // what the balance paid goes back to it; only the card's part can go back to the card
        BalanceSplit back = new BalanceSplit(order.storeCreditPaid(), order.walletPaid(), order.cardDue())
                .refund(decision.amount());
        boolean byCard = (decision.outcome() == RefundPolicy.Outcome.CARD
                || decision.outcome() == RefundPolicy.Outcome.PARTIAL) && back.cardNeeded();
        Instant now = clock.instant();
        String actor = context.getCallerPrincipal().getName();
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        String status = decision.outcome() == RefundPolicy.Outcome.DENIED ? "DENIED" : byCard ? "PENDING" : "DONE";
        long requestId = ((Number) em.createNativeQuery("insert into refund_request (order_id, account_id, "
                        + "requested_at, reason, outcome, percent, amount, rule, status, completed_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as timestamptz)) returning id")
                .setParameter(1, order.id()).setParameter(2, account).setParameter(3, now.atOffset(ZoneOffset.UTC))
                .setParameter(4, why).setParameter(5, decision.outcome().name()).setParameter(6, decision.percent())
                .setParameter(7, decision.amount()).setParameter(8, decision.rule()).setParameter(9, status)
                .setParameter(10, "DONE".equals(status) ? now.atOffset(ZoneOffset.UTC) : null)
                .getSingleResult()).longValue();
        String currency = order.totals().currency();
        switch (decision.outcome()) {
            case WALLET -> {
                creditBalance(order, account, back.card().add(back.wallet()), back.storeCredit(), false,
                        decision.rule(), now);
                order.refunded(decision.rule(), actor, now);
            }
            case STORE_CREDIT -> {
                creditBalance(order, account, back.wallet(), back.card().add(back.storeCredit()), true,
                        decision.rule(), now);
                order.creditIssued(decision.rule(), actor, now);
            }
            case CARD, PARTIAL -> {
                creditBalance(order, account, back.wallet(), back.storeCredit(), false, decision.rule(), now);
                if (byCard) {
                    order.refundPending(decision.rule(), actor, now);
                    events.publish(Destinations.REFUND_REQUESTED, new RefundRequested(UUID.randomUUID(), now,
                            order.id(), order.number(), requestId, back.card(), currency, decision.rule()));
                } else if (decision.outcome() == RefundPolicy.Outcome.PARTIAL) {
                    order.partiallyRefunded(decision.rule(), actor, now); // all of it to the balance, at once
                } else {
                    order.refunded(decision.rule(), actor, now);
                }
            }
            case DENIED -> {
                // recorded, nothing else changes
            }
        }
        return request(order).orElseThrow();
    }

    /**
     * "Refund Processed" for a card refund of a request: the request is done and the order refunded (or partially
     * refunded). Any other refund (a cancellation's) and any repeat change nothing.
     */
    @RolesAllowed(Role.Names.SYSTEM)
    public void refundCompleted(@NotNull RefundProcessed event) {
        if (!"CARD".equals(event.destination())) {
            return;
        }
        Order order = OrderLocks.lock(em, event.orderId());
        @SuppressWarnings("unchecked")
        List<Object[]> pending = em.createNativeQuery("select id, outcome from refund_request where order_id = ? "
                + "and status = 'PENDING' for update").setParameter(1, order.id()).getResultList();
        if (pending.isEmpty() || order.status() != OrderStatus.REFUND_PENDING) {
            return;
        }
        Instant now = clock.instant();
        em.createNativeQuery("update refund_request set status = 'DONE', completed_at = ? where id = ?")
                .setParameter(1, now.atOffset(ZoneOffset.UTC)).setParameter(2, pending.get(0)[0]).executeUpdate();
        String note = "Refunded " + event.amount().toPlainString() + " " + event.currency() + " to the card";
        if ("PARTIAL".equals(pending.get(0)[1])) {
            order.partiallyRefunded(note, "payment gateway", now);
        } else {
            order.refunded(note, "payment gateway", now);
        }
    }

    private RefundPolicy.Decision decide(Order order, long account) {
        boolean premium = Boolean.TRUE.equals(em.createNativeQuery("select premium from account where id = ?")
                .setParameter(1, account).getSingleResult());
        RefundPolicy.Decision decision = policy().decide(Duration.between(order.deliveredAt(), clock.instant()),
                order.totals().total(), premium);
        boolean toCard = decision.outcome() == RefundPolicy.Outcome.CARD
                || decision.outcome() == RefundPolicy.Outcome.PARTIAL;
        if (!toCard || order.balancePaid().signum() == 0) {
            return decision;
        }
        return new RefundPolicy.Decision(decision.outcome(), decision.percent(), decision.amount(), decision.rule()
                + (order.cardDue().signum() == 0 ? " You paid with your wallet and store credit, so it goes back there."
                : " Your card gets back at most what it paid; the rest goes back to your wallet and store credit."));
    }

    /**
     * Credits the customer's balance (notes "Refund of order ..." or, for store credit the policy gives, "Store credit
     * for order ...") and publishes one "Refund Processed" for all of it; nothing when both are 0.
     */
    private void creditBalance(Order order, long account, BigDecimal wallet, BigDecimal storeCredit,
            boolean creditGiven, String rule, Instant now) {
        String currency = order.totals().currency();
        if (wallet.signum() > 0) {
            Balances.credit(em, account, Balances.WALLET, wallet, currency, order.id(), "Refund of order "
                    + order.number(), now);
        }
        if (storeCredit.signum() > 0) {
            Balances.credit(em, account, Balances.STORE_CREDIT, storeCredit, currency, order.id(),
                    (creditGiven ? "Store credit for order " : "Refund of order ") + order.number(), now);
        }
        BigDecimal amount = wallet.add(storeCredit);
        if (amount.signum() == 0) {
            return;
        }
        String destination = storeCredit.signum() == 0 ? Balances.WALLET
                : wallet.signum() == 0 ? Balances.STORE_CREDIT : "BALANCE";
        events.publish(Destinations.REFUND_PROCESSED, new RefundProcessed(UUID.randomUUID(), now, order.id(),
                order.number(), order.email(), amount, currency, destination, rule));
    }

    /** One of the account's orders, by its number; locked for the rest of the transaction when {@code lock}. */
    private Optional<Order> mine(String number, long account, boolean lock) {
        return em.createQuery("select o.id from Order o where o.number = :number and o.accountId = :account",
                        Long.class)
                .setParameter("number", number.strip().toUpperCase(Locale.ROOT)).setParameter("account", account)
                .getResultStream().findFirst()
                .map(id -> lock ? OrderLocks.lock(em, id) : em.find(Order.class, id));
    }

    private Optional<RefundRequestView> request(Order order) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select requested_at, reason, outcome, percent, amount, rule, "
                + "status from refund_request where order_id = ?").setParameter(1, order.id()).getResultList();
        return rows.stream().findFirst().map(r -> new RefundRequestView(order.number(), NativeSql.instant(r[0]),
                (String) r[1], (String) r[2], ((Number) r[3]).intValue(), (BigDecimal) r[4],
                order.totals().currency(), (String) r[5], (String) r[6]));
    }
}
