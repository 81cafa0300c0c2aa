package shop.agora.it.fulfilment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static shop.agora.it.support.Refused.assertRefused;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
import shop.agora.core.order.CheckoutForm;
import shop.agora.core.order.OrderView;
import shop.agora.core.order.PlacedOrder;
import shop.agora.core.order.RefundPolicyForm;
import shop.agora.core.order.RefundRequestView;
import shop.agora.core.order.control.RefundPolicy;
import shop.agora.core.payment.CardDetails;
import shop.agora.core.platform.Resources;
import shop.agora.it.identity.AsAdmin;
import shop.agora.it.identity.AsCustomer;
import shop.agora.it.identity.AsNorthwind;
import shop.agora.it.identity.AsSystem;
import shop.agora.it.support.Await;
import shop.agora.it.support.Db;
import shop.agora.it.support.Deployments;
import shop.agora.it.support.ImapMailbox;
import shop.agora.it.support.TestProducts;

/**
 * Every branch of the refund policy after delivery, on the real server with the platform's clock moved by the test:
 * wallet (at once), card (pending, then refunded by the gateway), partial (50 %, 75 % for premium customers), store
 * credit, and "Refund period expired"; and the thresholds an admin edits.
 */
@ExtendWith(ArquillianExtension.class)
class RefundPolicyIT {

    private static final CardDetails GOOD = new CardDetails("Casey Customer", "4242424242424242", "12/34", "123");
    private static final Duration WAIT = Duration.ofSeconds(40);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(RefundPolicyIT.class);
    }

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

    @Resource(lookup = Resources.DATA_SOURCE)
    DataSource dataSource;

    private Db db;

    @BeforeEach
    void database() {
        db = new Db(dataSource);
    }

    @AfterEach
    void restore() {
        admin.clock(c -> {
            c.reset();
            return null;
        });
        admin.refunds(r -> r.updatePolicy(new RefundPolicyForm(7, new BigDecimal("100.00"), 30, 75, 50, 90),
                r.policy()));
        setPremium(false);
    }

    @Test
    void withinSevenDaysASmallOrderIsRefundedToTheWalletAtOnceAndALargeOneToTheCard() {
        BalanceView before = customer.balances(b -> b.myBalance());
        OrderView small = deliveredOrder("20.00");
        later(Duration.ofDays(2));
        RefundRequestView wallet = request(small);
        assertEquals("WALLET", wallet.outcome());
        assertEquals("DONE", wallet.status());
        assertEquals(small.totals().total(), wallet.amount());
        assertEquals("REFUNDED", status(small));
        assertEquals(before.wallet().add(small.totals().total()), customer.balances(b -> b.myBalance()).wallet());
        ImapMailbox.awaitSubjects(DemoData.CUSTOMER_EMAIL, WAIT, "Refund for your order " + small.number());

        OrderView large = deliveredOrder("120.00");
        later(Duration.ofDays(6));
        RefundRequestView card = request(large);
        assertEquals("CARD", card.outcome());
        assertEquals(large.totals().total(), card.amount());
        awaitStatus(large, "REFUNDED"); // through REFUND_PENDING, when the gateway confirms
        assertEquals(List.of("FULFILLED", "REFUND_PENDING", "REFUNDED"), lastSteps(large, 3));
        assertEquals("REFUNDED", payment(large, "status"));
        assertEquals(large.totals().total().toPlainString(), payment(large, "refunded_amount"));
        assertRefused("already", () -> request(large));
    }

    @Test
    void withinThirtyDaysHalfGoesBackAndThreeQuartersForPremiumCustomers() {
        OrderView standard = deliveredOrder("60.00");
        later(Duration.ofDays(10));
        RefundRequestView half = request(standard);
        assertEquals("PARTIAL", half.outcome());
        assertEquals(50, half.percent());
        assertEquals(percent(standard, 50), half.amount());
        awaitStatus(standard, "PARTIALLY_REFUNDED");
        assertEquals(percent(standard, 50).toPlainString(), payment(standard, "refunded_amount"));
        assertEquals("SUCCEEDED", payment(standard, "status"), "the rest stays charged");

        setPremium(true);
        OrderView premium = deliveredOrder("60.00");
        later(Duration.ofDays(29)); // delivered about 10 minutes before the clock moved
        RefundRequestView more = request(premium);
        assertEquals(75, more.percent());
        assertEquals(percent(premium, 75), more.amount());
        awaitStatus(premium, "PARTIALLY_REFUNDED");
    }

    @Test
    void withinNinetyDaysStoreCreditLaterNothingAndAdminsMoveTheLimits() {
        BalanceView before = customer.balances(b -> b.myBalance());
        OrderView credit = deliveredOrder("30.00");
        later(Duration.ofDays(60));
        RefundRequestView issued = request(credit);
        assertEquals("STORE_CREDIT", issued.outcome());
        assertEquals("CREDIT_ISSUED", status(credit));
        assertEquals(before.storeCredit().add(credit.totals().total()),
                customer.balances(b -> b.myBalance()).storeCredit());

        OrderView late = deliveredOrder("30.00");
        later(Duration.ofDays(91));
        RefundRequestView denied = request(late);
        assertEquals("DENIED", denied.outcome());
        assertEquals("Refund period expired", denied.rule());
        assertEquals("FULFILLED", status(late), "nothing changes");
        assertRefused("Refund period expired", () -> request(late));

        admin.refunds(r -> r.updatePolicy(new RefundPolicyForm(14, new BigDecimal("250.00"), 45, 90, 60, 120),
                r.policy()));
        OrderView edited = deliveredOrder("120.00");
        later(Duration.ofDays(10));
        assertEquals("WALLET", request(edited).outcome(), "within 14 days and under 250 now");
        Exception invalid = org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> admin.refunds(
                r -> r.updatePolicy(new RefundPolicyForm(30, new BigDecimal("100.00"), 7, 75, 50, 90), r.policy())));
        org.junit.jupiter.api.Assertions.assertTrue(String.valueOf(invalid).contains("periods must grow")
                || String.valueOf(invalid.getCause()).contains("periods must grow"), String.valueOf(invalid));
        assertEquals(14, admin.refunds(r -> r.policy()).instantDays(), "the policy stays as it was");
    }

    @Test
    void aChangeBasedOnAPolicyAnotherAdminChangedMeanwhileIsRefused() {
        RefundPolicy seen = admin.refunds(r -> r.policy());
        admin.refunds(r -> r.updatePolicy(new RefundPolicyForm(10, new BigDecimal("100.00"), 30, 75, 50, 90), seen));
        assertRefused("changed meanwhile by " + DemoData.ADMIN_EMAIL, () -> admin.refunds(
                r -> r.updatePolicy(new RefundPolicyForm(20, new BigDecimal("100.00"), 30, 75, 50, 90), seen)));
        assertEquals(10, admin.refunds(r -> r.policy()).instantDays(), "the first change stays");

        RefundPolicy current = admin.refunds(r -> r.policy());
        admin.refunds(r -> r.updatePolicy(new RefundPolicyForm(20, new BigDecimal("100.00"), 30, 75, 50, 90),
                current));
        assertEquals(20, admin.refunds(r -> r.policy()).instantDays(), "saved again from the policy as it is now");
    }

    // --- helpers ---

    /** The demo customer buys one unit at this price, pays, and the parcel is delivered (the clock moves on). */
    private OrderView deliveredOrder(String price) {
        long sku = TestProducts.stockedSku(catalog, northwind::products, system, db, "Refund test", price, 3);
        UUID token = UUID.randomUUID();
        PlacedOrder placed = customer.checkout(c -> c.placeOrder(token, List.of(new SkuQuantity(sku, 1)),
                new CheckoutForm(null, "Casey Customer", "Damrak 1", "1012 LG", "Amsterdam", "NL", null, "STANDARD",
                        false)));
        customer.payments(p -> p.pay(token, GOOD));
        Await.until("a parcel for " + placed.number(), WAIT, () -> db.number("select count(*) from shipment "
                + "where order_id = ?", placed.id()), n -> n == 1);
        later(Duration.ofMinutes(30));
        system.tracking(t -> t.poll());
        OrderView delivered = customer.tracking(t -> t.myOrder(placed.number())).orElseThrow();
        assertEquals("FULFILLED", delivered.status());
        return delivered;
    }

    private void later(Duration by) {
        admin.clock(c -> c.advance(by));
    }

    private RefundRequestView request(OrderView order) {
        return customer.refunds(r -> r.requestMine(order.number(), "Not what I expected"));
    }

    private String status(OrderView order) {
        return customer.tracking(t -> t.myOrder(order.number())).orElseThrow().status();
    }

    private void awaitStatus(OrderView order, String status) {
        Await.until(order.number() + " to be " + status, WAIT, () -> status(order), status::equals);
    }

    private List<String> lastSteps(OrderView order, int count) {
        List<OrderView.Step> steps = customer.tracking(t -> t.myOrder(order.number())).orElseThrow().timeline();
        return steps.subList(steps.size() - count, steps.size()).stream().map(OrderView.Step::to).toList();
    }

    private String payment(OrderView order, String column) {
        return db.text("select " + column + " from payment where order_id = ? and status in ('SUCCEEDED', "
                + "'REFUNDED')", order.id());
    }

    private static BigDecimal percent(OrderView order, int percent) {
        return order.totals().total().multiply(BigDecimal.valueOf(percent))
                .divide(BigDecimal.valueOf(100), 2, java.math.RoundingMode.HALF_UP);
    }

    private void setPremium(boolean premium) {
        long id = db.number("select id from account where email = ?", DemoData.CUSTOMER_EMAIL);
        admin.accounts(a -> {
            a.setPremium(id, premium);
            return null;
        });
    }
}
