package shop.agora.it.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.demo.DemoData;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.order.BalanceView;
import shop.agora.core.order.Checkout;
import shop.agora.core.order.CheckoutForm;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.OrderView;
import shop.agora.core.order.PlacedOrder;
import shop.agora.core.payment.CardDetails;
import shop.agora.core.payment.PaymentGateway;
import shop.agora.core.payment.PaymentLedger;
import shop.agora.core.payment.PaymentOutcome;
import shop.agora.core.payment.PaymentProcessing;
import shop.agora.core.payment.ReconciledPayment;
import shop.agora.core.platform.Resources;
import shop.agora.it.identity.AsAdmin;
import shop.agora.it.identity.AsCustomer;
import shop.agora.it.identity.AsNorthwind;
import shop.agora.it.identity.AsSystem;
import shop.agora.it.support.Await;
import shop.agora.it.support.Db;
import shop.agora.it.support.Deployments;
import shop.agora.it.support.TestProducts;

/**
 * Card payments left pending by a failure between the gateway's answer and its booking, settled by the reconciliation
 * on the real server, database, broker and sandbox gateway. Each test leaves an attempt as a crash would, with the
 * payment's own steps (the attempt booked pending, the card charged or not, the answer never booked), and moves the
 * platform's clock past the grace period (2 minutes): a charged card confirms the order through the timer alone and
 * was charged once, an attempt that never reached the gateway is closed with nothing charged and paying again works,
 * a declined card fails the payment and gives the items and the balance back, and paying again while a pass runs
 * charges and books once.
 */
@ExtendWith(ArquillianExtension.class)
class PaymentReconciliationIT {

    private static final CardDetails GOOD = new CardDetails("Ada Lovelace", "4242 4242 4242 4242", "12/34", "123");
    private static final CardDetails DECLINED = new CardDetails("Ada Lovelace", "4000 0000 0000 0002", "12/34", "123");
    private static final Duration WAIT = Duration.ofSeconds(40);
    /** The timer runs every minute (real time), whatever the platform's clock says. */
    private static final Duration TIMER = Duration.ofSeconds(150);
    private static final Duration PAST_THE_GRACE_PERIOD = Duration.ofMinutes(3);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(PaymentReconciliationIT.class);
    }

    @EJB
    Checkout checkout;

    @EJB
    PaymentProcessing payments;

    @EJB
    OrderTracking tracking;

    @EJB
    CatalogService catalog;

    @EJB
    AsCustomer customer;

    @EJB
    AsNorthwind northwind;

    @EJB
    AsSystem system;

    @EJB
    AsAdmin admin;

    @Resource
    ManagedExecutorService executor;

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    private Db db;
    private BalanceView before;

    @BeforeEach
    void database() {
        db = new Db(dataSource);
        before = customer.balances(b -> b.myBalance());
    }

    @AfterEach
    void realTimeAndTheBalanceAsItWas() {
        admin.clock(c -> {
            c.reset();
            return null;
        });
        setBalance(before.wallet(), before.storeCredit());
    }

    @Test
    void aCardChargedJustBeforeACrashIsBookedByTheTimerAndTheOrderConfirmedWithOneCharge() {
        long sku = stockedSku("35.00", 3);
        UUID token = UUID.randomUUID();
        PlacedOrder order = checkout.placeOrder(token, List.of(new SkuQuantity(sku, 1)), form());
        PaymentLedger.Attempt attempt = crashedAfterTheGateway(token, GOOD);
        assertEquals("PENDING", payment(order, "status"));
        assertEquals("AWAITING_PAYMENT", tracking.byCheckout(token).orElseThrow().status());
        assertTrue(system.reconciliation(r -> r.reconcilePending()).stream().noneMatch(r -> mine(r, order)),
                "within the grace period the customer may still be paying: left alone");
        assertEquals("PENDING", payment(order, "status"));

        admin.clock(c -> c.advance(PAST_THE_GRACE_PERIOD));
        OrderView confirmed = Await.until(order.number() + " confirmed by the timer's reconciliation", TIMER,
                () -> tracking.byCheckout(token).orElseThrow(), o -> o.status().equals("CONFIRMED"));
        assertEquals(List.of("AWAITING_PAYMENT", "PAID", "CONFIRMED"),
                confirmed.timeline().stream().map(OrderView.Step::to).toList());
        assertEquals("event Payment Processed", confirmed.timeline().get(1).actor(), "as any successful payment");
        assertEquals(1, confirmed.payments().size());
        OrderView.Payment paid = confirmed.payments().get(0);
        assertEquals("SUCCEEDED", paid.status());
        assertEquals(order.total(), paid.amount());
        assertEquals("VISA", paid.brand());
        assertEquals("4242", paid.last4());
        assertEquals("reconciliation", payment(order, "booked_by"));

        PaymentGateway.ChargeResult atGateway = system.gateway(g -> g.lookup(attempt.key())).orElseThrow();
        assertEquals(payment(order, "charge_id"), atGateway.chargeId(), "the charge made before the crash");
        assertEquals(1, charges(order), "charged once at the gateway");
        assertEquals(1, db.number("select count(*) from event_log where subject = ? and type = 'PaymentProcessed'",
                order.number()));
        Await.until("the sale", WAIT, () -> onHand(sku), n -> n == 2);

        assertTrue(payments.pay(token, GOOD).succeeded(), "the customer pays again: paid already");
        assertEquals(1, charges(order), "still one charge");
    }

    @Test
    void anAttemptThatNeverReachedTheGatewayIsClosedWithNothingChargedAndPayingAgainWorks() {
        long sku = stockedSku("35.00", 3);
        UUID token = UUID.randomUUID();
        PlacedOrder order = checkout.placeOrder(token, List.of(new SkuQuantity(sku, 1)), form());
        // the server went away after booking the attempt, before calling the gateway
        PaymentLedger.Attempt attempt = system.ledger(l -> l.begin(token, "guest"));
        assertTrue(system.gateway(g -> g.lookup(attempt.key())).isEmpty(), "unknown at the gateway");

        admin.clock(c -> c.advance(PAST_THE_GRACE_PERIOD));
        List<ReconciledPayment> pass = system.reconciliation(r -> r.reconcilePending());
        // (the timer may have been quicker: then this pass found it closed already)
        pass.stream().filter(r -> mine(r, order)).forEach(r -> assertEquals(
                new ReconciledPayment(order.number(), attempt.key(), "ABANDONED"), r));
        assertEquals("ABANDONED", payment(order, "status"));
        assertEquals("reconciliation", payment(order, "booked_by"));
        assertEquals(0, charges(order), "nothing charged");

        OrderView open = tracking.byCheckout(token).orElseThrow();
        assertEquals("AWAITING_PAYMENT", open.status());
        assertTrue(open.payable(), "the customer can pay again");
        assertEquals("ABANDONED", open.payments().get(0).status());
        assertTrue(open.payments().get(0).message().contains("nothing was charged"), open.payments().get(0).message());
        assertEquals(2, available(sku), "the item is still held for the order");
        assertTrue(system.reconciliation(r -> r.reconcilePending()).stream().noneMatch(r -> mine(r, order)),
                "closed once: the next pass leaves it alone");

        PaymentOutcome paid = payments.pay(token, GOOD);
        assertTrue(paid.succeeded(), String.valueOf(paid.message()));
        OrderView confirmed = awaitStatus(token, "CONFIRMED");
        assertEquals(1, confirmed.payments().size(), "the same attempt, paid now");
        assertEquals("SUCCEEDED", confirmed.payments().get(0).status());
        assertEquals(attempt.key(), payment(order, "idempotency_key"), "with the attempt's key");
        assertEquals("payment gateway", payment(order, "booked_by"));
        assertEquals(1, charges(order), "charged once");
    }

    @Test
    void aDeclinedCardFoundByTheReconciliationFailsThePaymentAndGivesTheItemsAndTheBalanceBack() {
        setBalance(amount("10.00"), amount("0.00"));
        long sku = stockedSku("40.00", 3);
        UUID token = UUID.randomUUID();
        PlacedOrder placed = customer.checkout(c -> c.placeOrder(token, List.of(new SkuQuantity(sku, 1)),
                new CheckoutForm(null, "Casey Customer", "Damrak 1", "1012 LG", "Amsterdam", "NL", null, "STANDARD",
                        false, true)));
        assertEquals(amount("10.00"), placed.balancePaid());
        assertBalance("0.00");
        assertEquals(2, available(sku));
        PaymentLedger.Attempt attempt = crashedAfterTheGateway(token, DECLINED);
        assertEquals(placed.cardDue(), attempt.amount(), "the card pays what the balance does not");

        admin.clock(c -> c.advance(PAST_THE_GRACE_PERIOD));
        admin.reconciliation(r -> r.reconcilePending()); // an admin may run a pass too
        OrderView failed = customer.tracking(t -> t.myOrder(placed.number())).orElseThrow();
        assertEquals("PAYMENT_FAILED", failed.status());
        assertEquals("Your card was declined. Please use another card.", failed.statusReason());
        OrderView.Step last = failed.timeline().get(failed.timeline().size() - 1);
        assertEquals("PAYMENT_FAILED", last.to());
        assertEquals("reconciliation", last.actor());
        assertEquals("DECLINED", failed.payments().get(0).status());
        assertEquals(3, available(sku), "the hold was released");
        assertBalance("10.00");
        assertTrue(failed.balanceGivenBack());
        assertEquals(0, db.number("select count(*) from event_log where subject = ? and type = 'PaymentProcessed'",
                placed.number()));

        assertTrue(customer.payments(p -> p.pay(token, GOOD)).succeeded(), "another card");
        Await.until(placed.number() + " confirmed", WAIT,
                () -> customer.tracking(t -> t.myOrder(placed.number())).orElseThrow(),
                o -> o.status().equals("CONFIRMED"));
        assertBalance("0.00");
        assertEquals(placed.cardDue(), new BigDecimal(db.text("select amount from sandbox_charge where outcome = "
                + "'SUCCEEDED' and idempotency_key like ?", placed.number() + "-%")));
    }

    @Test
    void payingAgainWhileAPassRunsChargesAndBooksOnce() throws Exception {
        long sku = stockedSku("35.00", 3);
        UUID token = UUID.randomUUID();
        PlacedOrder order = checkout.placeOrder(token, List.of(new SkuQuantity(sku, 1)), form());
        PaymentLedger.Attempt attempt = system.ledger(l -> l.begin(token, "guest"));
        admin.clock(c -> c.advance(PAST_THE_GRACE_PERIOD));

        Future<List<ReconciledPayment>> pass = executor.submit(() -> system.reconciliation(
                r -> r.reconcilePending()));
        Future<PaymentOutcome> paying = executor.submit(() -> payments.pay(token, GOOD));
        assertTrue(paying.get().succeeded(), "the customer is told it worked");
        pass.get();
        awaitStatus(token, "CONFIRMED");
        assertEquals(1, db.number("select count(*) from payment where order_id = ?", order.id()));
        assertEquals("SUCCEEDED", payment(order, "status"));
        assertEquals(attempt.key(), payment(order, "idempotency_key"));
        assertEquals(1, charges(order), "charged once");
        assertEquals(1, db.number("select count(*) from event_log where subject = ? and type = 'PaymentProcessed'",
                order.number()), "booked once");
    }

    // --- helpers ---

    /**
     * What paying does until the server goes away: the attempt booked pending and the card charged at the gateway;
     * the gateway's answer is never booked.
     */
    private PaymentLedger.Attempt crashedAfterTheGateway(UUID token, CardDetails card) {
        PaymentLedger.Attempt attempt = system.ledger(l -> l.begin(token, "guest"));
        system.gateway(g -> g.charge(attempt.key(), attempt.amount(), attempt.currency(), card));
        return attempt;
    }

    private static boolean mine(ReconciledPayment reconciled, PlacedOrder order) {
        return reconciled.orderNumber().equals(order.number());
    }

    private OrderView awaitStatus(UUID token, String status) {
        return Await.until("order of checkout " + token + " to be " + status, WAIT,
                () -> tracking.byCheckout(token).orElseThrow(), order -> order.status().equals(status));
    }

    /** A column of the order's (only) payment. */
    private String payment(PlacedOrder order, String column) {
        return db.text("select " + column + " from payment where order_id = ?", order.id());
    }

    /** How many charges the sandbox gateway holds for the order's attempts, whatever their outcome. */
    private long charges(PlacedOrder order) {
        return db.number("select count(*) from sandbox_charge where idempotency_key like ?", order.number() + "-%");
    }

    private static CheckoutForm form() {
        return new CheckoutForm("recon@example.test", "Ada Lovelace", "Keizersgracht 1", "1015 CJ", "Amsterdam", "NL",
                null, "STANDARD", false);
    }

    private long stockedSku(String price, int units) {
        return TestProducts.stockedSku(catalog, northwind::products, system, db, "Reconciliation test", price, units);
    }

    private int available(long sku) {
        return system.stock(s -> s.available(List.of(sku))).get(sku);
    }

    private int onHand(long sku) {
        return (int) db.number("select coalesce(sum(on_hand), 0) from stock_level where sku_id = ?", sku);
    }

    /** Brings the demo customer's wallet and store credit to these amounts with an adjusting entry for each. */
    private void setBalance(BigDecimal wallet, BigDecimal storeCredit) {
        BalanceView now = customer.balances(b -> b.myBalance());
        adjust("WALLET", wallet.subtract(now.wallet()));
        adjust("STORE_CREDIT", storeCredit.subtract(now.storeCredit()));
    }

    private void adjust(String kind, BigDecimal amount) {
        if (amount.signum() != 0) {
            db.execute("insert into balance_entry (account_id, kind, amount, currency, note, created_at) "
                    + "select id, '" + kind + "', " + amount.toPlainString() + ", 'EUR', 'Set by a test', now() "
                    + "from account where email = ?", DemoData.CUSTOMER_EMAIL);
        }
    }

    private void assertBalance(String wallet) {
        BalanceView now = customer.balances(b -> b.myBalance());
        assertEquals(0, now.wallet().compareTo(amount(wallet)), "wallet " + now.wallet());
        assertEquals(0, now.storeCredit().signum(), "store credit " + now.storeCredit());
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
