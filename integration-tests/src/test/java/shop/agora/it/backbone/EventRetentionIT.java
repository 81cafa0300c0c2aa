package shop.agora.it.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.core.platform.Resources;
import shop.agora.it.identity.AsSystem;
import shop.agora.it.probe.ProbeConsumer;
import shop.agora.it.probe.ProbeEvent;
import shop.agora.it.probe.Probes;
import shop.agora.it.support.Await;
import shop.agora.it.support.Db;
import shop.agora.it.support.Deployments;
import shop.agora.it.support.PlatformControl;

/**
 * Old events are forgotten (the nightly retention): an event handed to the broker long ago goes with the consumers'
 * records of it; a recent one stays; and one still waiting for the broker stays however old it is, because the event
 * log is also the outbox.
 */
@ExtendWith(ArquillianExtension.class)
class EventRetentionIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(EventRetentionIT.class, "shop.agora.it.probe");
    }

    @EJB
    Probes probes;

    @EJB
    AsSystem system;

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

    @Test
    void eventsHandedOverLongAgoGoWithTheirRecordsWhileRecentAndWaitingOnesStay() {
        ProbeEvent old = ProbeEvent.of("handed over long ago");
        ProbeEvent recent = ProbeEvent.of("handed over recently");
        probes.logOnly(Probes.PROBE_TOPIC, old);
        probes.logOnly(Probes.PROBE_TOPIC, recent);
        db.execute("update event_log set published_at = now() - interval '500 days', relayed_at = now() - "
                + "interval '500 days' where event_id = ?", old.eventId());
        for (ProbeEvent event : new ProbeEvent[] {old, recent}) {
            String age = event == old ? "now() - interval '500 days'" : "now()";
            db.execute("insert into processed_event (consumer, event_id, processed_at) values ('it-retention', ?, "
                    + age + ")", event.eventId());
            db.execute("insert into event_failure (consumer, event_id, at, error) values ('it-retention', ?, "
                    + age + ", 'failed once')", event.eventId());
            db.execute("insert into event_resolution (event_id, consumer, action, actor, at) values (?, "
                    + "'it-retention', 'RETRIED', 'admin@agora.test', " + age + ")", event.eventId());
        }

        PlatformControl.stopBroker();
        ProbeEvent waiting = ProbeEvent.of("waiting for the broker");
        probes.publish(Probes.PROBE_TOPIC, waiting);
        db.execute("update event_log set published_at = now() - interval '500 days' where event_id = ?",
                waiting.eventId());

        assertTrue(system.purgeEvents(Duration.ofDays(400)) >= 4, "the old event and its three records");
        assertEquals(0, records(old.eventId()), "the old event and its records are gone");
        assertEquals(4, records(recent.eventId()), "the recent event and its records stay");
        assertEquals(1, db.number("select count(*) from event_log where event_id = ? and relayed_at is null",
                waiting.eventId()), "the event still waiting for the broker stays");

        PlatformControl.startBroker();
        Await.until("the waiting event handed over and consumed", WAIT, () -> probes.effects(waiting.eventId()),
                n -> n > 0);
        // the consumer's claim (its entity manager) and the probe's effect (a plain connection) are two branches of
        // one transaction, committed one after the other: the claim may show a moment after the effect
        assertEquals(1, Await.until("the consumer's claim of the waiting event", WAIT, () -> db.number(
                "select count(*) from processed_event where consumer = '" + ProbeConsumer.NAME + "' and event_id = ?",
                waiting.eventId()), n -> n > 0));
    }

    /** The event's rows: in the event log, and the consumers' processed, failure and resolution records. */
    private long records(UUID eventId) {
        return db.number("select count(*) from (select event_id from event_log union all select event_id from "
                + "processed_event union all select event_id from event_failure union all select event_id from "
                + "event_resolution) as rows where event_id = ?", eventId);
    }
}
