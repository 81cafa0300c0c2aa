package shop.agora.it.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
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
import shop.agora.core.events.EventAdministration;
import shop.agora.core.events.InDoubtEvents;
import shop.agora.core.events.PreparedBranch;
import shop.agora.core.inventory.SkuQuantity;
import shop.agora.core.order.Checkout;
import shop.agora.core.order.CheckoutForm;
import shop.agora.core.order.OrderTracking;
import shop.agora.core.order.OrderView;
import shop.agora.core.order.PlacedOrder;
import shop.agora.core.payment.CardDetails;
import shop.agora.core.payment.PaymentProcessing;
import shop.agora.core.platform.Resources;
import shop.agora.it.identity.AsAdmin;
import shop.agora.it.identity.AsNorthwind;
import shop.agora.it.identity.AsSystem;
import shop.agora.it.probe.FlakyConsumer;
import shop.agora.it.probe.ProbeEvent;
import shop.agora.it.probe.Probes;
import shop.agora.it.support.Await;
import shop.agora.it.support.Db;
import shop.agora.it.support.Deployments;
import shop.agora.it.support.PlatformControl;
import shop.agora.it.support.TestProducts;

/**
 * The broker goes away and comes back (stopped and started on the same journal through the test platform's control
 * port). Placing an order and paying while it is away work: their events wait in the event log and follow once it is
 * back, and the order ends confirmed, charged and sold once. What the broker had stored is still there after the
 * restart, and a stop in the middle of the flow loses and doubles nothing.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerOutageIT {

    private static final CardDetails GOOD = new CardDetails("Ada Lovelace", "4242 4242 4242 4242", "12/34", "123");
    private static final Duration WAIT = Duration.ofSeconds(90);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(BrokerOutageIT.class, "shop.agora.it.probe");
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
    Probes probes;

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
    void brokerBack() {
        PlatformControl.startBroker();
    }

    /**
     * Placing and paying do not need the broker (their events wait in the event log, the outbox): with the broker
     * down the customer places and pays as usual, the order waits paid, and it is confirmed once the broker is back:
     * one order, charged once, sold once.
     */
    @Test
    void anOrderPlacedAndPaidWhileTheBrokerIsDownIsConfirmedOnceItIsBack() throws Exception {
        long sku = TestProducts.stockedSku(catalog, northwind::products, system, db, "Outage test", "25.00", 5);
        UUID token = UUID.randomUUID();

        PlatformControl.stopBroker();
        PlacedOrder order = checkout.placeOrder(token, List.of(new SkuQuantity(sku, 2)), form(email()));
        assertEquals(3, (int) system.stock(s -> s.available(List.of(sku))).get(sku), "held");
        assertTrue(payments.pay(token, GOOD).succeeded());
        Thread.sleep(3000); // the relay's passes (every 2 s) find no broker meanwhile
        OrderView waiting = tracking.byCheckout(token).orElseThrow();
        assertEquals("AWAITING_PAYMENT", waiting.status(), "not confirmed without the broker");
        assertTrue(waiting.settling(), "paid, on its way to confirmed");
        assertEquals(1, db.number("select count(*) from event_log where subject = ? and type = 'PaymentProcessed' "
                + "and relayed_at is null", order.number()), "the payment's event waits in the event log");
        PlatformControl.startBroker();

        awaitConfirmedWithParcel(token);
        Await.until("the sale", WAIT, () -> onHand(sku), n -> n == 3);
        // the sale's own events are logged as it commits and relayed right after: wait for them, not the 90 s
        Await.until("every event of the order relayed", Duration.ofSeconds(5),
                () -> db.number("select count(*) from event_log where subject = ? and relayed_at is null",
                        order.number()), n -> n == 0);
        assertEquals(1, db.number("select count(*) from customer_order where checkout_token = ?", token));
        assertEquals(1, db.number("select count(*) from payment where order_id = ?", order.id()));
        assertEquals(1, db.number("select count(*) from sandbox_charge c join payment p on p.idempotency_key = "
                + "c.idempotency_key where p.order_id = ?", order.id()), "charged once at the gateway");
        assertEquals(1, db.number("select count(*) from stock_movement where kind = 'SALE' and reference = ?",
                order.number()), "sold once");
    }

    @Test
    void aDeadLetteredMessageOutlivesABrokerRestartAndIsRetriedAfterIt() {
        String subject = "AG-OUT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ProbeEvent event = ProbeEvent.about(subject, "kept over a restart");
        probes.publish(Probes.FLAKY_TOPIC, event);
        Await.until("the message in the dead-letter queue", WAIT, () -> probes.inDeadLetterQueue(event.eventId()),
                Boolean::booleanValue);

        PlatformControl.stopBroker();
        PlatformControl.startBroker();

        Await.until("the broker back with the dead letter", WAIT, () -> {
            try {
                return probes.inDeadLetterQueue(event.eventId());
            } catch (RuntimeException notYetConnected) {
                return false;
            }
        }, Boolean::booleanValue);
        probes.fix(event.eventId());
        admin.events(e -> {
            e.retry(event.eventId(), FlakyConsumer.NAME);
            return null;
        });
        Await.until("the retried event's effect", WAIT, () -> probes.effects(event.eventId()), n -> n > 0);
        assertEquals(1, probes.effects(event.eventId()));
        assertTrue(admin.events(EventAdministration::deadLetters).stream()
                .noneMatch(l -> l.eventId().equals(event.eventId())));
    }

    /**
     * The broker stops while paid orders are on their way through the consumers (confirmation, sale, label, email)
     * and starts again a few seconds later. Every order still ends confirmed, sold once, with one parcel and one
     * confirmation email: a message a consumer had taken is delivered again, and an event the broker held prepared
     * when it stopped is settled by {@link InDoubtEvents} (its timer's passes are run here every few seconds, with a
     * shorter wait than its default).
     */
    @Test
    void theBrokerStoppedMidFlowAndStartedAgainLosesNothingAndDoublesNothing() throws Exception {
        int orders = 8;
        long sku = TestProducts.stockedSku(catalog, northwind::products, system, db, "Mid-flow outage", "15.00",
                orders + 2);
        java.util.Map<UUID, PlacedOrder> placed = new java.util.LinkedHashMap<>();
        for (int i = 0; i < orders; i++) {
            UUID token = UUID.randomUUID();
            placed.put(token, checkout.placeOrder(token, List.of(new SkuQuantity(sku, 1)), form(email())));
        }
        for (UUID token : placed.keySet()) {
            assertTrue(payments.pay(token, GOOD).succeeded());
        }

        PlatformControl.stopBroker();
        Thread.sleep(3000);
        PlatformControl.startBroker();

        for (UUID token : placed.keySet()) {
            Await.until("order of checkout " + token + " confirmed with its parcel", Duration.ofSeconds(180),
                    () -> {
                        system.inDoubt(s -> s.settle(Duration.ofSeconds(10)));
                        return tracking.byCheckout(token).orElseThrow();
                    }, (OrderView o) -> o.status().equals("CONFIRMED") && o.parcels().size() == 1);
        }
        // a branch the broker kept holds either an event whose transaction committed (delivered now, once:
        // the checks below) or one that never happened (dropped): none is left
        Await.until("no event left in doubt on the broker", Duration.ofSeconds(60), () -> {
            system.inDoubt(s -> s.settle(Duration.ofSeconds(10)));
            return PreparedBranch.parse(PlatformControl.preparedBranches()).stream().noneMatch(PreparedBranch::ours);
        }, Boolean::booleanValue);
        Await.until("every sale", WAIT, () -> onHand(sku), n -> n == 2);
        for (PlacedOrder order : placed.values()) {
            assertEquals(1, db.number("select count(*) from stock_movement where kind = 'SALE' and reference = ?",
                    order.number()), "sold once: " + order.number());
            assertEquals(1, db.number("select count(*) from shipment where order_id = ?", order.id()),
                    "one parcel: " + order.number());
            Await.until("the confirmation of " + order.number(), WAIT, () -> db.number(
                    "select count(*) from email_message where reference = ? and kind = 'ORDER_CONFIRMED'",
                    order.number()), n -> n > 0);
            assertEquals(1, db.number("select count(*) from email_message where reference = ? "
                    + "and kind = 'ORDER_CONFIRMED'", order.number()), "one confirmation: " + order.number());
            assertEquals(1, db.number("select count(*) from sandbox_charge c join payment p on p.idempotency_key = "
                    + "c.idempotency_key where p.order_id = ?", order.id()), "charged once: " + order.number());
        }
        assertEquals(2, (int) system.stock(s -> s.available(List.of(sku))).get(sku));
    }

    private void awaitConfirmedWithParcel(UUID token) {
        Await.until("order of checkout " + token + " confirmed with its parcel", WAIT,
                () -> tracking.byCheckout(token).orElseThrow(),
                (OrderView o) -> o.status().equals("CONFIRMED") && o.parcels().size() == 1);
    }

    private static CheckoutForm form(String email) {
        return new CheckoutForm(email, "Ada Lovelace", "Keizersgracht 1", "1015 CJ", "Amsterdam", "NL", null,
                "STANDARD", false);
    }

    private static String email() {
        return "outage-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    }

    private int onHand(long sku) {
        return (int) db.number("select coalesce(sum(on_hand), 0) from stock_level where sku_id = ?", sku);
    }
}
