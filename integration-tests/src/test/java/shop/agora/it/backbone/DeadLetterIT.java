package shop.agora.it.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static shop.agora.it.support.Refused.assertRefused;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.core.events.ConsumerOutcome;
import shop.agora.core.events.DeadLetter;
import shop.agora.core.events.EventAdministration;
import shop.agora.core.events.EventTrace;
import shop.agora.it.identity.AsAdmin;
import shop.agora.it.probe.FlakyConsumer;
import shop.agora.it.probe.ProbeEvent;
import shop.agora.it.probe.Probes;
import shop.agora.it.support.Await;
import shop.agora.it.support.Deployments;

/**
 * A message whose consumer keeps failing ends in the dead-letter queue; the back office sees it under its order with
 * every failed attempt and the error, and an admin retries it once the cause is fixed (it is then acted on once) or
 * discards it (never acted on).
 */
@ExtendWith(ArquillianExtension.class)
class DeadLetterIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(DeadLetterIT.class, "shop.agora.it.probe");
    }

    @EJB
    Probes probes;

    @EJB
    AsAdmin admin;

    @EJB
    EventAdministration anonymous;

    @Test
    void aDeadLetteredMessageIsRetriedOnceTheCauseIsFixedAndThenActedOnOnce() {
        String order = "AG-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ProbeEvent event = ProbeEvent.about(order, "retry me");
        probes.publish(Probes.FLAKY_TOPIC, event);
        awaitDeadLetter(event);

        EventTrace trace = only(admin.events(e -> e.forOrder(order.toLowerCase())));
        assertEquals(event.eventId(), trace.eventId());
        assertEquals("ProbeEvent", trace.type());
        assertTrue(trace.deadLettered());
        ConsumerOutcome outcome = outcome(trace);
        assertEquals(ConsumerOutcome.Status.DEAD_LETTERED, outcome.status());
        // the test broker makes 3 delivery attempts (InfraSettings.forTests), each recorded with its error
        assertEquals(3, outcome.failures());
        assertEquals(0, outcome.deliveries());
        assertTrue(outcome.lastError().contains("the downstream service is down for retry me"), outcome.lastError());
        DeadLetter letter = deadLetter(event).orElseThrow();
        assertEquals(order, letter.subject());
        assertEquals(3, letter.failures());

        probes.fix(event.eventId());
        admin.events(e -> {
            e.retry(event.eventId(), FlakyConsumer.NAME);
            return null;
        });

        Await.until("the retried event's effect", WAIT, () -> probes.effects(event.eventId()), n -> n > 0);
        assertEquals(1, probes.effects(event.eventId()));
        assertEquals(4, probes.attempts(event.eventId()), "three failed attempts, then the retry");
        assertTrue(deadLetter(event).isEmpty());
        ConsumerOutcome after = outcome(only(admin.events(e -> e.forOrder(order))));
        assertEquals(ConsumerOutcome.Status.PROCESSED, after.status());
        assertEquals(1, after.deliveries());
        assertEquals(3, after.failures());

        assertRefused("no longer in the dead-letter queue", () -> admin.events(e -> {
            e.retry(event.eventId(), FlakyConsumer.NAME);
            return null;
        }));
        assertEquals(1, probes.effects(event.eventId()), "a second retry sends nothing");
    }

    @Test
    void aDiscardedMessageIsNeverActedOn() {
        String order = "AG-IT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        ProbeEvent event = ProbeEvent.about(order, "discard me");
        probes.publish(Probes.FLAKY_TOPIC, event);
        awaitDeadLetter(event);

        admin.events(e -> {
            e.discard(event.eventId(), FlakyConsumer.NAME);
            return null;
        });

        assertTrue(deadLetter(event).isEmpty());
        assertFalse(probes.inDeadLetterQueue(event.eventId()));
        assertEquals(ConsumerOutcome.Status.DISCARDED, outcome(only(admin.events(e -> e.forOrder(order)))).status());
        // a later event through the same one-at-a-time consumer is handled: the discarded one was not sent back
        ProbeEvent later = ProbeEvent.about(order, "after the discard");
        probes.fix(later.eventId());
        probes.publish(Probes.FLAKY_TOPIC, later);
        Await.until("the later event's effect", WAIT, () -> probes.effects(later.eventId()), n -> n > 0);
        assertEquals(0, probes.effects(event.eventId()));
        assertEquals(3, probes.attempts(event.eventId()));
    }

    @Test
    void onlyAdminsSeeOrHandleDeadLetters() {
        assertThrows(EJBAccessException.class, () -> anonymous.deadLetters());
        assertThrows(EJBAccessException.class, () -> anonymous.discard(UUID.randomUUID(), FlakyConsumer.NAME));
    }

    private void awaitDeadLetter(ProbeEvent event) {
        Await.until("the flaky consumer's message in the dead-letter queue", WAIT,
                () -> deadLetter(event).isPresent(), Boolean::booleanValue);
    }

    private Optional<DeadLetter> deadLetter(ProbeEvent event) {
        List<DeadLetter> letters = admin.events(EventAdministration::deadLetters);
        return letters.stream().filter(l -> l.eventId().equals(event.eventId())
                && l.consumer().equals(FlakyConsumer.NAME)).findFirst();
    }

    private static EventTrace only(List<EventTrace> traces) {
        assertEquals(1, traces.size(), traces.toString());
        return traces.get(0);
    }

    private static ConsumerOutcome outcome(EventTrace trace) {
        return trace.consumers().stream().filter(c -> c.consumer().equals(FlakyConsumer.NAME)).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome for " + FlakyConsumer.NAME + " in " + trace));
    }
}
