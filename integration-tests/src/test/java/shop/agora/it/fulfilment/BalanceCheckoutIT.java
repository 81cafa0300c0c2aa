package shop.agora.it.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
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
import shop.agora.core.events.ProcessedEvents;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.order.BalanceView;
import shop.agora.core.order.CheckoutForm;
import shop.agora.core.order.OrderView;
import shop.agora.core.order.PlacedOrder;
import shop.agora.core.payment.CardDetails;
import shop.agora.core.payment.PaymentOutcome;
import shop.agora.core.platform.Resources;
import shop.agora.it.identity.AsCustomer;
import shop.agora.it.identity.AsNorthwind;
import shop.agora.it.identity.AsSystem;
import shop.agora.it.support.Await;
import shop.agora.it.support.Db;
import shop.agora.it.support.Deployments;
import shop.agora.it.support.ImapMailbox;
import shop.agora.it.support.TestProducts;

/**
 * Paying with wallet and store credit at checkout, on the real server, database, broker and SMTP server, as the demo
 * customer (whose balance each test sets for itself): part by balance and part by card (the gateway charges only the
 * rest), all by balance (confirmed with no card at all), a failed card gives the balance back until paying again,
 * cancelling gives each part back where it came from once however often "Order Cancelled" comes, and two checkouts
 * at the same moment never spend the same money.
 */
@ExtendWith(ArquillianExtension.class)
class BalanceCheckoutIT {

    private static final CardDetails GOOD = new CardDetails("Casey Customer", "4242 4242 4242 4242", "12/34", "123");
    private static final CardDetails DECLINED = new CardDetails("Casey Customer", "4000 0000 0000 0002", "12/34",
            "123");
    private static final Duration WAIT = Duration.ofSeconds(40);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(BalanceCheckoutIT.class);
    }

    @EJB
    CatalogService catalog;

    @EJB
    ProcessedEvents processed;

    @EJB
    AsCustomer customer;

    @EJB
    AsNorthwind northwind;

    @EJB
    AsSystem system;

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
    void restoreBalance() {
        setBalance(before.wallet(), before.storeCredit());
    }

    @Test
    void theBalancePaysPartAndTheCardIsChargedOnlyTheRest() {
        setBalance(amount("20.00"), amount("10.00"));
        long sku = stockedSku("40.00", 3);
        UUID token = UUID.randomUUID();
        PlacedOrder placed = placeOrder(token, sku, true);
        assertEquals(amount("30.00"), placed.balancePaid(), "store credit and wallet, both all of it");
        assertEquals(placed.total().subtract(amount("30.00")), placed.cardDue());
        assertBalance("0.00", "0.00");
        assertEquals(2, db.number("select count(*) from balance_entry where order_id = ? and pays_order "
                + "and note = 'Paid towards order " + placed.number() + "'", placed.id()), "one debit per kind");

        OrderView awaiting = customer.tracking(t -> t.myOrder(placed.number())).orElseThrow();
        assertEquals(amount("30.00"), awaiting.balancePaid());
        assertTrue(awaiting.payable(), "the card's part is still to pay");

        assertTrue(customer.payments(p -> p.pay(token, GOOD)).succeeded());
        assertEquals(placed.cardDue(), charged(placed), "the gateway charged the rest only");
        assertEquals(placed.cardDue(), new BigDecimal(payment(placed, "amount")));
        OrderView confirmed = awaitStatus(placed, "CONFIRMED");
        assertEquals(List.of("AWAITING_PAYMENT", "PAID", "CONFIRMED"),
                confirmed.timeline().stream().map(OrderView.Step::to).toList());
        assertEquals(amount("30.00"), confirmed.balancePaid());
        assertBalance("0.00", "0.00");
    }

    @Test
    void aBalanceThatCoversTheTotalConfirmsTheOrderWithNoCard() {
        setBalance(amount("100.00"), amount("0.00"));
        long sku = stockedSku("40.00", 3);
        UUID token = UUID.randomUUID();
        PlacedOrder placed = placeOrder(token, sku, true);
        assertTrue(placed.paidInFull());
        assertEquals(placed.total(), placed.balancePaid());
        assertBalance(amount("100.00").subtract(placed.total()).toPlainString(), "0.00");
        assertEquals("balance", payment(placed, "gateway"));
        assertEquals("SUCCEEDED", payment(placed, "status"));

        OrderView confirmed = awaitStatus(placed, "CONFIRMED");
        assertFalse(confirmed.payable());
        Await.until("the sale", WAIT, () -> onHand(sku), n -> n == 2);
        Await.until("a parcel", WAIT, () -> db.number("select count(*) from shipment where order_id = ?",
                placed.id()), n -> n == 1);
        ImapMailbox.awaitSubjects(DemoData.CUSTOMER_EMAIL, WAIT, "Your order " + placed.number() + " is confirmed");
        assertTrue(customer.payments(p -> p.pay(token, GOOD)).succeeded(), "paying again: paid already");
        assertEquals(0, db.number("select count(*) from sandbox_charge where idempotency_key like ?",
                placed.number() + "-%"), "no card was charged");
    }

    @Test
    void aDeclinedCardGivesTheBalanceBackAndPayingAgainTakesItAgain() {
        setBalance(amount("25.00"), amount("0.00"));
        long sku = stockedSku("40.00", 3);
        UUID token = UUID.randomUUID();
        PlacedOrder placed = placeOrder(token, sku, true);
        assertEquals(amount("25.00"), placed.balancePaid());
        assertBalance("0.00", "0.00");

        PaymentOutcome declined = customer.payments(p -> p.pay(token, DECLINED));
        assertFalse(declined.succeeded());
        assertBalance("25.00", "0.00");
        OrderView failed = customer.tracking(t -> t.myOrder(placed.number())).orElseThrow();
        assertEquals("PAYMENT_FAILED", failed.status());
        assertTrue(failed.balanceGivenBack());

        assertTrue(customer.payments(p -> p.pay(token, GOOD)).succeeded());
        assertBalance("0.00", "0.00");
        assertEquals(placed.cardDue(), charged(placed), "the card still pays the same rest");
        awaitStatus(placed, "CONFIRMED");
    }

    @Test
    void cancellingGivesTheBalanceAndTheCardTheirPartsBackOnceEvenWhenTheEventComesTwice() {
        setBalance(amount("20.00"), amount("10.00"));
        long sku = stockedSku("40.00", 3);
        UUID token = UUID.randomUUID();
        PlacedOrder placed = placeOrder(token, sku, true);
        assertTrue(customer.payments(p -> p.pay(token, GOOD)).succeeded());
        awaitStatus(placed, "CONFIRMED");
        assertBalance("0.00", "0.00");

        customer.cancellation(c -> {
            c.cancelMine(placed.number(), "Changed my mind");
            return null;
        });
        Await.until("the balance back", WAIT, () -> customer.balances(b -> b.myBalance()),
                b -> b.wallet().compareTo(amount("20.00")) == 0 && b.storeCredit().compareTo(amount("10.00")) == 0);
        Await.until("the card refunded", WAIT, () -> payment(placed, "status"), "REFUNDED"::equals);
        assertEquals(placed.cardDue(), new BigDecimal(payment(placed, "refunded_amount")), "the card's part only");
        OrderView cancelled = awaitStatus(placed, "CANCELLED");
        assertTrue(cancelled.balanceGivenBack());
        assertFalse(cancelled.refundUnderWay());

        UUID event = eventOf(placed.number(), "OrderCancelled");
        system.resend(event);
        Await.until("payment-refund handed the event twice", WAIT, () -> processed.deliveries("payment-refund",
                event), n -> n == 2);
        system.payments(p -> p.refundOrder(placed.id(), "Asked once more")); // the ledger itself gives back once
        assertBalance("20.00", "10.00");
        assertEquals(2, db.number("select count(*) from balance_entry where order_id = ? "
                + "and returns_entry_id is not null", placed.id()), "one return per kind");
        assertEquals(1, db.number("select count(*) from sandbox_refund r join payment p on p.charge_id = r.charge_id "
                + "where p.order_id = ?", placed.id()), "refunded once at the gateway");
        Await.until("the refund emails", WAIT, () -> db.number("select count(*) from email_message "
                + "where reference = ? and kind = 'REFUND_PROCESSED'", placed.number()), n -> n == 2);
        assertEquals(2, db.number("select count(*) from email_message where reference = ? and kind = "
                + "'REFUND_PROCESSED'", placed.number()), "one for the card, one for the balance");
    }

    @Test
    void twoCheckoutsAtTheSameMomentNeverSpendTheSameBalanceTwice() throws Exception {
        // two different items, so that nothing but the balance makes the checkouts wait for each other
        List<Long> skus = List.of(stockedSku("40.00", 3), stockedSku("40.00", 3));
        BigDecimal total = customer.checkout(c -> c.quote(List.of(new SkuQuantity(skus.get(0), 1)), "NL",
                "STANDARD")).totals().total();
        BigDecimal balance = total.add(amount("5.00")); // enough for one order, not for two
        setBalance(balance, amount("0.00"));

        List<Future<PlacedOrder>> checkouts = new ArrayList<>();
        for (long sku : skus) {
            UUID token = UUID.randomUUID();
            checkouts.add(executor.submit(() -> placeOrder(token, sku, true)));
        }
        List<PlacedOrder> placed = new ArrayList<>();
        for (Future<PlacedOrder> checkout : checkouts) {
            placed.add(checkout.get());
        }
        placed.sort(Comparator.comparing(PlacedOrder::balancePaid).reversed());
        assertEquals(balance, placed.get(0).balancePaid().add(placed.get(1).balancePaid()), "all of it, once");
        assertTrue(placed.get(0).paidInFull(), "the first pays with the balance alone");
        assertEquals(amount("5.00"), placed.get(1).balancePaid(), "the second gets what is left");
        assertEquals(total.subtract(amount("5.00")), placed.get(1).cardDue());
        assertBalance("0.00", "0.00");
        assertEquals(0, db.number("select count(*) from (select account_id, kind from balance_entry "
                + "group by account_id, kind having sum(amount) < 0) negative where ? = 1", 1), "never negative");

        awaitStatus(placed.get(0), "CONFIRMED");
        PlacedOrder unpaid = placed.get(1);
        customer.cancellation(c -> {
            c.cancelMine(unpaid.number(), null);
            return null;
        });
        Await.until("the unpaid order's part back", WAIT, () -> customer.balances(b -> b.myBalance()).wallet(),
                w -> w.compareTo(amount("5.00")) == 0);
    }

    // --- helpers ---

    private PlacedOrder placeOrder(UUID token, long sku, boolean useBalance) {
        return customer.checkout(c -> c.placeOrder(token, List.of(new SkuQuantity(sku, 1)),
                new CheckoutForm(null, "Casey Customer", "Damrak 1", "1012 LG", "Amsterdam", "NL", null, "STANDARD",
                        false, useBalance)));
    }

    /** Brings the demo customer's wallet and store credit to these amounts with an adjusting entry for each. */
    private void setBalance(BigDecimal wallet, BigDecimal storeCredit) {
        BalanceView now = customer.balances(b -> b.myBalance());
        adjust("WALLET", wallet.subtract(now.wallet()));
        adjust("STORE_CREDIT", storeCredit.subtract(now.storeCredit()));
        assertBalance(wallet.toPlainString(), storeCredit.toPlainString());
    }

    private void adjust(String kind, BigDecimal amount) {
        if (amount.signum() != 0) {
            db.execute("insert into balance_entry (account_id, kind, amount, currency, note, created_at) "
                    + "select id, '" + kind + "', " + amount.toPlainString() + ", 'EUR', 'Set by a test', now() "
                    + "from account where email = ?", DemoData.CUSTOMER_EMAIL);
        }
    }

    private void assertBalance(String wallet, String storeCredit) {
        BalanceView now = customer.balances(b -> b.myBalance());
        assertEquals(0, now.wallet().compareTo(amount(wallet)), "wallet " + now.wallet());
        assertEquals(0, now.storeCredit().compareTo(amount(storeCredit)), "store credit " + now.storeCredit());
    }

    private OrderView awaitStatus(PlacedOrder order, String status) {
        return Await.until(order.number() + " to be " + status, WAIT,
                () -> customer.tracking(t -> t.myOrder(order.number())).orElseThrow(),
                o -> o.status().equals(status));
    }

    /** What the sandbox gateway charged for the order (its successful charge). */
    private BigDecimal charged(PlacedOrder order) {
        return new BigDecimal(db.text("select amount from sandbox_charge where outcome = 'SUCCEEDED' "
                + "and idempotency_key like ?", order.number() + "-%"));
    }

    private String payment(PlacedOrder order, String column) {
        return db.text("select " + column + " from payment where order_id = ? and status in ('SUCCEEDED', "
                + "'REFUNDED')", order.id());
    }

    private UUID eventOf(String orderNumber, String type) {
        return UUID.fromString(db.text("select event_id::text from event_log where subject = ? and type = '" + type
                + "'", orderNumber));
    }

    private long stockedSku(String price, int units) {
        return TestProducts.stockedSku(catalog, northwind::products, system, db, "Balance test", price, units);
    }

    private int onHand(long sku) {
        return (int) db.number("select coalesce(sum(on_hand), 0) from stock_level where sku_id = ?", sku);
    }

    private static BigDecimal amount(String value) {
        return new BigDecimal(value);
    }
}
