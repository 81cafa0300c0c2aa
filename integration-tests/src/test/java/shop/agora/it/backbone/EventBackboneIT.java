package shop.agora.it.backbone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import shop.agora.it.probe.ProbeConsumer;
import shop.agora.it.probe.ProbeEvent;
import shop.agora.it.probe.Probes;
import shop.agora.it.support.Await;
import shop.agora.it.support.Deployments;
import shop.agora.core.events.ProcessedEvents;

/**
 * The event backbone on the real server: publishing inside the business transaction (XA between PostgreSQL and
 * Artemis), consumption by message-driven beans through the resource adapter, idempotency and dead-lettering.
 */
@ExtendWith(ArquillianExtension.class)
class EventBackboneIT {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.applicationWithProbes(EventBackboneIT.class, "shop.agora.it.probe");
    }

    @EJB
    Probes probes;

    @EJB
    ProcessedEvents processed;

    @Test
    void anEventPublishedInACommittedTransactionIsConsumed() {
        ProbeEvent event = ProbeEvent.of("committed");
        probes.publish(Probes.PROBE_TOPIC, event);

        Await.until("the consumer's effect", WAIT, () -> probes.effects(event.eventId()), n -> n > 0);
        assertEquals(1, probes.sources(event.eventId()));
        assertEquals(1, probes.effects(event.eventId()));
    }

    @Test
    void aRolledBackTransactionLeavesNeitherItsRowNorItsMessage() {
        ProbeEvent rolledBack = ProbeEvent.of("rolled back");
        assertThrows(EJBException.class, () -> probes.publishThenFail(Probes.PROBE_TOPIC, rolledBack));

        // The probe consumer handles one message at a time in order: once a later event is consumed, the
        // rolled-back one would have been consumed before it if it had been sent.
        ProbeEvent later = ProbeEvent.of("after the rollback");
        probes.publish(Probes.PROBE_TOPIC, later);
        Await.until("the later event", WAIT, () -> probes.effects(later.eventId()), n -> n > 0);

        assertEquals(0, probes.sources(rolledBack.eventId()), "the row written before the failure");
        assertEquals(0, probes.effects(rolledBack.eventId()), "an effect of the message that was never sent");
        assertFalse(probes.inDeadLetterQueue(rolledBack.eventId()));
    }

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        ProbeEvent event = ProbeEvent.of("sent twice");
        probes.publish(Probes.PROBE_TOPIC, event);
        probes.publish(Probes.PROBE_TOPIC, event);
        ProbeEvent later = ProbeEvent.of("after the duplicate");
        probes.publish(Probes.PROBE_TOPIC, later);

        Await.until("the later event", WAIT, () -> probes.effects(later.eventId()), n -> n > 0);
        assertEquals(2, probes.sources(event.eventId()), "both deliveries were published");
        assertEquals(1, probes.effects(event.eventId()), "but acted on once");
        assertEquals(1, processed.timesProcessed(ProbeConsumer.NAME, event.eventId()));
    }

    @Test
    void aMessageWhoseConsumerAlwaysFailsEndsInTheDeadLetterQueue() {
        ProbeEvent poison = ProbeEvent.of("poison");
        probes.publish(Probes.POISON_TOPIC, poison);

        Await.until("the poison message in the dead-letter queue", WAIT,
                () -> probes.inDeadLetterQueue(poison.eventId()), Boolean::booleanValue);
        // the test broker allows 3 delivery attempts (InfraSettings.forTests)
        assertEquals(3, probes.attempts(poison.eventId()));
        assertTrue(probes.inDeadLetterQueue(poison.eventId()));
    }
}
