package shop.agora.core.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import shop.agora.core.events.ConsumerOutcome.Status;

class ConsumerOutcomeTest {

    @Test
    void processedWinsOverEverythingElse() {
        assertEquals(Status.PROCESSED, Status.of(true, true, "DISCARDED", true));
        assertEquals(Status.PROCESSED, Status.of(true, false, "RETRIED", false));
    }

    @Test
    void aCopyInTheDeadLetterQueueIsDeadLetteredWhateverWasDoneBefore() {
        assertEquals(Status.DEAD_LETTERED, Status.of(false, true, null, false));
        assertEquals(Status.DEAD_LETTERED, Status.of(false, true, "RETRIED", true));
    }

    @Test
    void theAdminsLastActionSaysWhereAnUnprocessedEventStands() {
        assertEquals(Status.DISCARDED, Status.of(false, false, "DISCARDED", false));
        assertEquals(Status.RETRIED, Status.of(false, false, "RETRIED", false));
        assertEquals(Status.RETRYING, Status.of(false, false, "RETRIED", true));
    }

    @Test
    void aFailureWithNothingElseIsRetriedByTheBroker() {
        assertEquals(Status.RETRYING, Status.of(false, false, null, true));
        assertEquals("Failed, retrying", Status.RETRYING.label());
    }
}
