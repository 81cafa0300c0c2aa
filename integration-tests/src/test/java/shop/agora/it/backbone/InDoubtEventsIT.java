package shop.agora.it.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.core.events.Destinations;
import shop.agora.core.events.InDoubtEvents;
import shop.agora.core.events.PreparedBranch;
import shop.agora.core.events.PreparedBranch.Decision;
import shop.agora.it.identity.AsSystem;
import shop.agora.it.probe.ProbeEvent;
import shop.agora.it.probe.Probes;
import shop.agora.it.support.Await;
import shop.agora.it.support.Deployments;
import shop.agora.it.support.PlatformControl;

/**
 * Event messages left prepared on the broker (as when it stops between a transaction's prepare and its commit) are
 * settled the way their business transaction went: delivered once when the event is in the event log, dropped when
 * it is not. A branch seen for the first time, or one that is not the application's, is left alone. The branches are
 * made on the real broker through the test platform's control, and settled by {@link InDoubtEvents} in the server.
 */
@ExtendWith(ArquillianExtension.class)
class InDoubtEventsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Duration LONG_AGO = Duration.ofHours(1);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(InDoubtEventsIT.class, "shop.agora.it.probe");
    }

    @EJB
    Probes probes;

    @EJB
    AsSystem system;

    private final List<String> leftPrepared = new ArrayList<>();

    @AfterEach
    void tidyUp() {
        leftPrepared.stream().filter(InDoubtEventsIT::prepared)
                .forEach(PlatformControl::rollBackPrepared);
    }

    @Test
    void aLoggedEventLeftPreparedIsDeliveredOnceWhenSettled() {
        ProbeEvent event = ProbeEvent.of("in doubt, its transaction committed");
        probes.logOnly(Probes.PROBE_TOPIC, event);
        String xid = leavePrepared(Probes.PROBE_TOPIC, event);

        assertTrue(settled(LONG_AGO).stream().noneMatch(s -> s.xid().equals(xid)),
                "a branch is never settled on its first sighting, nor before it has been there long enough");
        assertTrue(prepared(xid));
        assertEquals(0, probes.effects(event.eventId()), "not delivered while in doubt");

        InDoubtEvents.Settled settled = settled(Duration.ZERO).stream().filter(s -> s.xid().equals(xid))
                .findFirst().orElseThrow();
        assertEquals(Decision.COMMIT, settled.decision());
        assertEquals(Set.of(event.eventId()), settled.events());
        Await.until("the settled event's effect", WAIT, () -> probes.effects(event.eventId()), n -> n > 0);
        assertEquals(1, probes.effects(event.eventId()));
        assertFalse(prepared(xid), "no longer prepared on the broker");
    }

    @Test
    void anEventThatWasNeverLoggedIsDroppedWhenSettled() {
        ProbeEvent event = ProbeEvent.of("in doubt, its transaction rolled back");
        String xid = leavePrepared(Probes.PROBE_TOPIC, event);

        settled(LONG_AGO);
        InDoubtEvents.Settled settled = settled(Duration.ZERO).stream().filter(s -> s.xid().equals(xid))
                .findFirst().orElseThrow();
        assertEquals(Decision.ROLLBACK, settled.decision());
        assertFalse(prepared(xid), "no longer prepared on the broker");

        // an event published after it reaches the same consumer: once it has, the dropped one would have too
        ProbeEvent later = ProbeEvent.of("published after the settling");
        probes.publish(Probes.PROBE_TOPIC, later);
        Await.until("the later event's effect", WAIT, () -> probes.effects(later.eventId()), n -> n > 0);
        assertEquals(0, probes.effects(event.eventId()), "the dropped event never reached its consumer");
    }

    @Test
    void aBranchWithoutTheApplicationsEventsIsNeverTouched() {
        String xid = PlatformControl.leavePreparedSend("agora.it.foreign", Map.of("note", "another application"),
                "not an event of ours");
        leftPrepared.add(xid);

        settled(LONG_AGO);
        List<InDoubtEvents.Settled> settled = settled(Duration.ZERO);

        assertTrue(settled.stream().noneMatch(s -> s.xid().equals(xid)), settled.toString());
        assertTrue(prepared(xid), "still prepared: not ours to settle");
    }

    private String leavePrepared(String topic, ProbeEvent event) {
        String xid = PlatformControl.leavePreparedSend(topic, Map.of(Destinations.EVENT_ID,
                event.eventId().toString(), Destinations.EVENT_TYPE, "ProbeEvent"), Probes.json(event));
        leftPrepared.add(xid);
        return xid;
    }

    /** Whether the broker still holds the branch prepared. */
    private static boolean prepared(String xid) {
        return PreparedBranch.parse(PlatformControl.preparedBranches()).stream().anyMatch(b -> b.xid().equals(xid));
    }

    private List<InDoubtEvents.Settled> settled(Duration seenFor) {
        return system.inDoubt(s -> s.settle(seenFor));
    }
}
