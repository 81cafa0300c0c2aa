package shop.agora.it.order;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.agora.it.support.Refused.assertRefused;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.core.catalog.CatalogService;
import shop.agora.core.demo.DemoData;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.order.CartView;
import shop.agora.core.order.CheckoutForm;
import shop.agora.core.order.CheckoutQuote;
import shop.agora.core.order.Checkout;
import shop.agora.core.order.OrderCancellation;
import shop.agora.core.order.OrderDue;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.OrderView;
import shop.agora.core.order.PlacedOrder;
import shop.agora.core.payment.CardDetails;
import shop.agora.core.payment.CardProblems;
import shop.agora.core.payment.PaymentOutcome;
import shop.agora.core.payment.PaymentProcessing;
import shop.agora.core.platform.Resources;
import shop.agora.core.shipping.ShippingMethodForm;
import shop.agora.core.shipping.ShippingZoneView;
import shop.agora.core.shipping.TaxRateForm;
import shop.agora.it.identity.AsAdmin;
import shop.agora.it.identity.AsCustomer;
import shop.agora.it.identity.AsNorthwind;
import shop.agora.it.identity.AsSystem;
import shop.agora.it.support.Await;
import shop.agora.it.support.Db;
import shop.agora.it.support.TestProducts;
import shop.agora.it.support.Deployments;

/**
 * Checkout and payment on the real server, database and broker: the happy path to confirmed through the real
 * "Payment Processed" consumer, declined cards, double submits, out of stock after payment, 200 buyers for 50 units,
 * and a guest paying and cancelling by order number and email (never a customer account's order). The test itself calls as a guest; {@link AsCustomer} is the signed-in demo customer.
 */
@ExtendWith(ArquillianExtension.class)
class CheckoutIT {

    private static final CardDetails GOOD = new CardDetails("Ada Lovelace", "4242 4242 4242 4242", "12/34", "123");
    private static final CardDetails DECLINED = new CardDetails("Ada Lovelace", "4000 0000 0000 0002", "12/34", "123");
    private static final CardDetails NO_FUNDS = new CardDetails("Ada Lovelace", "4000000000009995", "12/34", "123");
    private static final CardDetails ERROR = new CardDetails("Ada Lovelace", "4000000000000119", "12/34", "123");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(CheckoutIT.class);
    }

    @EJB
    Checkout checkout;

    @EJB
    PaymentProcessing payments;

    @EJB
    OrderTracking tracking;

    @EJB
    OrderCancellation cancellation;

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

    @org.junit.jupiter.api.BeforeEach
    void database() {
        db = new Db(dataSource);
    }

    @Test
    void aGuestPaysAndTheOrderIsConfirmedThroughTheRealConsumer() throws Exception {
        long sku = stockedSku("1200.00", 5);
        UUID token = UUID.randomUUID();
        List<SkuQuantity> cart = List.of(new SkuQuantity(sku, 1));
        CheckoutQuote quote = checkout.quote(cart, "NL", null);
        assertEquals(new BigDecimal("1200.00"), quote.totals().subtotal());
        assertEquals(new BigDecimal("0.00"), quote.totals().shipping(), "free over 50 in the Netherlands");
        assertEquals(new BigDecimal("252.00"), quote.totals().tax(), "21% Dutch VAT");

        PlacedOrder order = checkout.placeOrder(token, cart, form("ada@example.test", "STANDARD"));
        assertTrue(order.number().matches("AG-\\d+-\\d"), order.number());
        assertEquals(new BigDecimal("1452.00"), order.total());
        assertEquals(4, available(sku), "held while the customer pays");
        assertEquals("AWAITING_PAYMENT", tracking.byCheckout(token).orElseThrow().status());
        OrderDue due = tracking.dueByCheckout(token).orElseThrow();
        assertTrue(due.payable() && due.guest() && !due.paymentSucceeded(), due.toString());
        assertEquals(new BigDecimal("1452.00"), due.cardDue(), "the payment page asks for the whole total");

        PaymentOutcome paid = payments.pay(token, GOOD);
        assertTrue(paid.succeeded());
        OrderDue paidFor = tracking.dueByCheckout(token).orElseThrow();
        assertTrue(paidFor.paymentSucceeded() && !paidFor.payable(), "never paid twice: " + paidFor);
        OrderView confirmed = awaitStatus(token, "CONFIRMED");
        assertEquals(List.of("AWAITING_PAYMENT", "PAID", "CONFIRMED"),
                confirmed.timeline().stream().map(OrderView.Step::to).toList());
        assertEquals("event Payment Processed", confirmed.timeline().get(2).actor());
        OrderView.Payment payment = confirmed.payments().get(0);
        assertEquals("VISA", payment.brand());
        assertEquals("4242", payment.last4());
        assertEquals(4, available(sku));
        assertEquals(4, onHandOnceSold(sku, 4), "sold (on \"Order Confirmed\"): on hand down");
        assertEquals(0, db.number("select count(*) from payment p where p.order_id = ? and (p::text like '%4242424242%' "
                + "or p::text like '% 123%')", order.id()), "neither the number nor the CVC is stored");
        assertEquals(order.number(), tracking.track(order.number(), "ADA@example.test ").orElseThrow().number(),
                "a guest tracks the order by number and email");
        assertTrue(tracking.track(order.number(), "someone@else.test").isEmpty());
        assertEquals(order.number(), tracking.trackDue(order.number(), "ada@example.test").orElseThrow().number());
        assertTrue(tracking.trackDue(order.number(), "someone@else.test").isEmpty());
    }

    @Test
    void aDeclinedCardFailsThePaymentReleasesTheItemsAndAnotherCardWorks() throws Exception {
        long sku = stockedSku("30.00", 5);
        UUID token = UUID.randomUUID();
        checkout.placeOrder(token, List.of(new SkuQuantity(sku, 2)), form("bob@example.test", "STANDARD"));
        assertEquals(3, available(sku));

        PaymentOutcome declined = payments.pay(token, DECLINED);
        assertFalse(declined.succeeded());
        assertEquals("Your card was declined. Please use another card.", declined.message());
        OrderView failed = tracking.byCheckout(token).orElseThrow();
        assertEquals("PAYMENT_FAILED", failed.status());
        assertEquals(declined.message(), failed.statusReason());
        assertEquals(5, available(sku), "the hold was released");

        assertEquals("Your card has insufficient funds. Please use another card.", payments.pay(token, NO_FUNDS)
                .message());
        assertTrue(payments.pay(token, ERROR).message().contains("nothing was charged"));
        CardProblems typo = assertThrows(CardProblems.class, () -> payments.pay(token,
                new CardDetails("Bob", "4242 4242 4242 4241", "12/34", "123")));
        assertTrue(typo.problems().containsKey("number"));

        assertTrue(payments.pay(token, GOOD).succeeded());
        OrderView confirmed = awaitStatus(token, "CONFIRMED");
        assertEquals(4, confirmed.payments().size(), "three failed attempts and the good one");
        assertEquals(3, available(sku));
    }

    @Test
    void theSameCheckoutAndTheSamePaymentTwiceGiveOneOrderAndOneCharge() throws Exception {
        long sku = stockedSku("45.00", 5);
        UUID token = UUID.randomUUID();
        List<SkuQuantity> cart = List.of(new SkuQuantity(sku, 1));
        List<Future<PlacedOrder>> placed = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            placed.add(executor.submit(() -> checkout.placeOrder(token, cart, form("cy@example.test", "STANDARD"))));
        }
        String number = placed.get(0).get().number();
        assertEquals(number, placed.get(1).get().number(), "a double submit gives the same order");
        assertEquals(1, db.number("select count(*) from customer_order where checkout_token = cast(? as uuid)",
                token.toString()));
        assertEquals(4, available(sku), "held once");

        List<Future<PaymentOutcome>> paid = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            paid.add(executor.submit(() -> payments.pay(token, GOOD)));
        }
        assertTrue(paid.get(0).get().succeeded());
        assertTrue(paid.get(1).get().succeeded());
        awaitStatus(token, "CONFIRMED");
        assertTrue(payments.pay(token, GOOD).succeeded(), "the back button after paying: no second charge");
        assertEquals(1, db.number("select count(*) from sandbox_charge where idempotency_key like ?", number + "-%"),
                "one charge at the gateway");
        assertEquals(1, db.number("select count(*) from payment p join customer_order o on o.id = p.order_id "
                + "where o.number = ?", number));
    }

    @Test
    void whenTheStockIsGoneAfterPaymentThePaymentIsRefundedAndTheOrderCancelled() throws Exception {
        long sku = stockedSku("80.00", 2);
        UUID late = UUID.randomUUID();
        PlacedOrder slow = checkout.placeOrder(late, List.of(new SkuQuantity(sku, 2)), form("slow@example.test",
                "STANDARD"));
        // the slow customer's hold lapses, and someone else buys the last two
        system.stock(s -> {
            s.releaseHold(slow.number());
            return null;
        });
        UUID quick = UUID.randomUUID();
        checkout.placeOrder(quick, List.of(new SkuQuantity(sku, 2)), form("quick@example.test", "STANDARD"));
        assertTrue(payments.pay(quick, GOOD).succeeded());
        awaitStatus(quick, "CONFIRMED");

        assertTrue(payments.pay(late, GOOD).succeeded(), "the card is charged");
        OrderView cancelled = awaitStatus(late, "CANCELLED");
        assertTrue(cancelled.statusReason().startsWith("Sold out while you were paying"), cancelled.statusReason());
        assertTrue(cancelled.statusReason().contains("was refunded"), cancelled.statusReason());
        assertEquals(List.of("AWAITING_PAYMENT", "PAID", "CANCELLED"),
                cancelled.timeline().stream().map(OrderView.Step::to).toList());
        assertEquals("REFUNDED", cancelled.payments().get(0).status());
        assertEquals(1, db.number("select count(*) from sandbox_refund r join sandbox_charge c on c.charge_id = "
                + "r.charge_id where c.idempotency_key like ?", slow.number() + "-%"), "refunded at the gateway once");
        assertEquals(0, available(sku));
        assertEquals(0, onHandOnceSold(sku, 0), "never negative");
    }

    @Test
    void twoHundredConcurrentCheckoutsForFiftyUnitsGiveExactlyFiftyConfirmedOrders() throws Exception {
        long sku = stockedSku("12.50", 50);
        List<Future<String>> buyers = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String email = "buyer" + i + "@example.test";
            buyers.add(executor.submit((Callable<String>) () -> {
                UUID token = UUID.randomUUID();
                try {
                    checkout.placeOrder(token, List.of(new SkuQuantity(sku, 1)), form(email, "STANDARD"));
                } catch (RuntimeException e) {
                    return null; // "someone was quicker"
                }
                return payments.pay(token, GOOD).succeeded() ? token.toString() : null;
            }));
        }
        List<String> paid = new ArrayList<>();
        for (Future<String> buyer : buyers) {
            String token = buyer.get();
            if (token != null) {
                paid.add(token);
            }
        }
        assertEquals(50, paid.size(), "exactly as many buyers as units were allowed to pay");
        for (String token : paid) {
            awaitStatus(UUID.fromString(token), "CONFIRMED");
        }
        assertEquals(50, db.number("select count(*) from customer_order o join order_line l on l.order_id = o.id "
                + "where l.sku_id = ? and o.status = 'CONFIRMED'", sku));
        assertEquals(0, onHandOnceSold(sku, 0));
        assertEquals(0, available(sku));
    }

    @Test
    void aSignedInCustomersCartIsStoredMergesTheGuestCartAndRefusesBadQuantities() throws Exception {
        long first = stockedSku("10.00", 3);
        long second = stockedSku("20.00", 10);
        customer.cart(c -> {
            c.myCart().lines().forEach(l -> c.remove(l.skuId()));
            return c.add(first, 2);
        });
        assertRefused("Only 3", () -> customer.cart(c -> c.add(first, 2)));
        assertRefused("at least 1", () -> customer.cart(c -> c.change(first, 0)));
        assertRefused("At most 99", () -> customer.cart(c -> c.change(first, 1_000_000)));
        CartView merged = customer.cart(c -> c.merge(List.of(new SkuQuantity(first, 5), new SkuQuantity(second, 1))));
        assertEquals(3, merged.lines().stream().filter(l -> l.skuId() == first).findFirst().orElseThrow().quantity(),
                "2 + 5 capped at the 3 available");
        assertEquals(new BigDecimal("50.00"), merged.subtotal(), "prices from the server: 3 x 10 + 20");

        UUID token = UUID.randomUUID();
        List<SkuQuantity> lines = merged.lines().stream().map(l -> new SkuQuantity(l.skuId(), l.quantity())).toList();
        PlacedOrder order = customer.checkout(c -> c.placeOrder(token, lines, new CheckoutForm(null, "Casey Customer",
                "Damrak 1", "1012 LG", "Amsterdam", "NL", null, "STANDARD", true)));
        assertTrue(customer.cart(c -> c.myCart()).empty(), "ordered items leave the cart");
        assertTrue(customer.checkout(c -> c.myAddresses()).stream().anyMatch(a -> a.street().equals("Damrak 1")));
        assertTrue(customer.payments(p -> p.pay(token, GOOD)).succeeded());
        awaitStatus(token, "CONFIRMED");
        assertTrue(customer.tracking(t -> t.myOrders()).stream().anyMatch(o -> o.number().equals(order.number())));
        assertEquals("customer@agora.test", customer.tracking(t -> t.myOrder(order.number())).orElseThrow().email());
    }

    @Test
    void anOrderNobodyPaysForIsCancelledAndItsItemsGoBack() throws Exception {
        long sku = stockedSku("15.00", 3);
        UUID token = UUID.randomUUID();
        PlacedOrder order = checkout.placeOrder(token, List.of(new SkuQuantity(sku, 3)), form("gone@example.test",
                "STANDARD"));
        assertEquals(0, available(sku));
        db.execute("update customer_order set updated_at = now() - interval '25 hours' where id = ?", order.id());
        system.orders(o -> o.cancelAbandoned(24));
        OrderView cancelled = tracking.byCheckout(token).orElseThrow();
        assertEquals("CANCELLED", cancelled.status());
        assertEquals("Not paid within 24 hours.", cancelled.statusReason());
        assertEquals(3, available(sku));
        assertRefused("was cancelled", () -> payments.pay(token, GOOD));
        assertEquals(0, db.number("select count(*) from sandbox_charge where idempotency_key like ?",
                order.number() + "-%"), "nothing charged");
    }

    @Test
    void aGuestPaysAndCancelsByNumberAndEmailAndNeverByTheNumberAlone() throws Exception {
        long sku = stockedSku("25.00", 5);
        UUID token = UUID.randomUUID();
        PlacedOrder order = checkout.placeOrder(token, List.of(new SkuQuantity(sku, 1)), form("cleo@example.test",
                "STANDARD"));
        String notFound = "We could not find an order with this number and email.";
        assertRefused(notFound, () -> payments.payTracked(order.number(), "someone@else.test", GOOD));
        assertRefused(notFound, () -> payments.payTracked(order.number() + "0", "cleo@example.test", GOOD));
        assertEquals(0, db.number("select count(*) from payment where order_id = ?", order.id()), "nothing tried");

        assertFalse(payments.payTracked(order.number(), " CLEO@example.test", DECLINED).succeeded());
        assertEquals("PAYMENT_FAILED", tracking.byCheckout(token).orElseThrow().status());
        assertTrue(payments.payTracked(order.number().toLowerCase(), "cleo@example.test", GOOD).succeeded());
        awaitStatus(token, "CONFIRMED");
        assertTrue(tracking.track(order.number(), "cleo@example.test").orElseThrow().guest());

        assertRefused(notFound, () -> cancellation.cancelTracked(order.number(), "someone@else.test", null));
        assertEquals("CONFIRMED", tracking.byCheckout(token).orElseThrow().status());
        cancellation.cancelTracked(order.number(), "cleo@example.test", "Changed my mind");
        OrderView cancelled = tracking.byCheckout(token).orElseThrow();
        assertEquals("CANCELLED", cancelled.status());
        assertEquals("guest cleo@example.test", cancelled.timeline().stream().filter(step -> "CANCELLED".equals(
                step.to())).findFirst().orElseThrow().actor());
        Await.until("the card refunded", Duration.ofSeconds(30), () -> db.text("select status from payment "
                + "where order_id = ? and status in ('SUCCEEDED', 'REFUNDED')", order.id()), "REFUNDED"::equals);
    }

    @Test
    void anOrderOfACustomerAccountIsNotPaidOrCancelledByNumberAndEmail() {
        long sku = stockedSku("25.00", 5);
        UUID token = UUID.randomUUID();
        PlacedOrder order = customer.checkout(c -> c.placeOrder(token, List.of(new SkuQuantity(sku, 1)),
                new CheckoutForm(null, "Casey Customer", "Damrak 1", "1012 LG", "Amsterdam", "NL", null, "STANDARD",
                        false)));
        assertFalse(tracking.track(order.number(), DemoData.CUSTOMER_EMAIL).orElseThrow().guest());
        assertRefused("belongs to a customer account", () -> payments.payTracked(order.number(),
                DemoData.CUSTOMER_EMAIL, GOOD));
        assertRefused("belongs to a customer account", () -> cancellation.cancelTracked(order.number(),
                DemoData.CUSTOMER_EMAIL, null));
        assertEquals("AWAITING_PAYMENT", tracking.byCheckout(token).orElseThrow().status());
        customer.cancellation(c -> {
            c.cancelMine(order.number(), "Cleaning up after a test");
            return null;
        });
    }

    @Test
    void aCustomerPaysTheirOwnOrderByNumberAndNoOneElsesOrder() throws Exception {
        long sku = stockedSku("25.00", 5);
        UUID token = UUID.randomUUID();
        PlacedOrder mine = customer.checkout(c -> c.placeOrder(token, List.of(new SkuQuantity(sku, 1)),
                new CheckoutForm(null, "Casey Customer", "Damrak 1", "1012 LG", "Amsterdam", "NL", null, "STANDARD",
                        false)));
        PlacedOrder guests = checkout.placeOrder(UUID.randomUUID(), List.of(new SkuQuantity(sku, 1)),
                form("dana@example.test", "STANDARD"));
        assertThrows(EJBAccessException.class, () -> payments.payMine(mine.number(), GOOD), "a guest may not");

        assertFalse(customer.payments(p -> p.payMine(mine.number().toLowerCase(), DECLINED)).succeeded());
        assertEquals("PAYMENT_FAILED", tracking.byCheckout(token).orElseThrow().status());
        assertTrue(customer.payments(p -> p.payMine(" " + mine.number(), GOOD)).succeeded());
        awaitStatus(token, "CONFIRMED");
        assertTrue(customer.payments(p -> p.payMine(mine.number(), GOOD)).succeeded(), "paid already: no new charge");
        assertEquals(1, db.number("select count(*) from payment where order_id = ? and status = 'SUCCEEDED'",
                mine.id()));

        String notFound = "We cannot find order " + guests.number() + " in your account.";
        assertRefused(notFound, () -> customer.payments(p -> p.payMine(guests.number(), GOOD)));
        assertEquals(0, db.number("select count(*) from payment where order_id = ?", guests.id()), "nothing tried");
    }

    // --- helpers ---

    private OrderView awaitStatus(UUID token, String status) {
        return Await.until("order of checkout " + token + " to be " + status, Duration.ofSeconds(30),
                () -> tracking.byCheckout(token).orElseThrow(), order -> order.status().equals(status));
    }

    private static CheckoutForm form(String email, String method) {
        return new CheckoutForm(email, "Ada Lovelace", "Keizersgracht 1", "1015 CJ", "Amsterdam", "NL", null, method,
                false);
    }

    /** A new published product of Northwind Outfitters with one SKU and this many units in stock. */
    @Test
    void anAdminsNewTaxRateAndShippingPriceAreQuotedAtOnce() {
        // checkout keeps the rate table and the tax rates in a cache: an admin's change must reach the next quote
        long sku = stockedSku("1200.00", 5);
        List<SkuQuantity> cart = List.of(new SkuQuantity(sku, 1));
        CheckoutQuote before = checkout.quote(cart, "NL", "STANDARD");
        assertEquals(0, new BigDecimal("0.21").compareTo(before.totals().taxRate()), "21% Dutch VAT");
        assertEquals(new BigDecimal("0.00"), before.totals().shipping(), "free over 50 in the Netherlands");
        ShippingZoneView.Method standard = admin.shipping(s -> s.zones()).stream()
                .filter(z -> z.countries().contains("NL")).findFirst().orElseThrow().methods().stream()
                .filter(m -> m.code().equals("STANDARD")).findFirst().orElseThrow();
        List<ShippingMethodForm.Band> bands = standard.rates().stream()
                .map(r -> new ShippingMethodForm.Band(r.upToGrams(), r.price())).toList();
        try {
            admin.shipping(s -> {
                s.saveTaxRate(new TaxRateForm("NL", "BTW 9%", new BigDecimal("9")));
                s.updateMethod(standard.id(), new ShippingMethodForm(standard.name(), standard.deliveryDays(),
                        new BigDecimal("5000.00"), bands));
                return null;
            });
            CheckoutQuote after = checkout.quote(cart, "NL", "STANDARD");
            assertEquals(0, new BigDecimal("0.09").compareTo(after.totals().taxRate()), "the new rate at once");
            assertTrue(after.totals().shipping().signum() > 0, "no longer free below 5000: "
                    + after.totals().shipping());
        } finally {
            admin.shipping(s -> {
                s.saveTaxRate(new TaxRateForm("NL", "BTW 21%", new BigDecimal("21")));
                s.updateMethod(standard.id(), new ShippingMethodForm(standard.name(), standard.deliveryDays(),
                        standard.freeOver(), bands));
                return null;
            });
        }
        CheckoutQuote restored = checkout.quote(cart, "NL", "STANDARD");
        assertEquals(0, new BigDecimal("0.21").compareTo(restored.totals().taxRate()));
        assertEquals(new BigDecimal("0.00"), restored.totals().shipping());
    }

    private long stockedSku(String price, int units) {
        return TestProducts.stockedSku(catalog, northwind::products, system, db, "Checkout test", price, units);
    }

    /** On hand once "Order Confirmed" has sold the units (asynchronously): waits for {@code expected}. */
    private long onHandOnceSold(long sku, long expected) {
        return Await.until("on hand of SKU " + sku + " to be " + expected, Duration.ofSeconds(30),
                () -> db.number("select sum(on_hand) from stock_level where sku_id = ?", sku), n -> n == expected);
    }

    private int available(long sku) {
        return system.stock(s -> s.available(List.of(sku))).get(sku);
    }
}
