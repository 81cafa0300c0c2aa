package shop.agora.core.payment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import shop.agora.core.payment.PaymentGateway.ChargeResult;
import shop.agora.core.payment.control.Reconciliation.Verdict;

class ReconciliationTest {

    private static final Instant NOW = Instant.parse("2026-03-03T14:05:00Z");
    private static final Duration GRACE = Duration.ofMinutes(2);

    @Test
    void aPaymentIsDueOnlyOnceItsLastAttemptIsOlderThanTheGracePeriod() {
        assertFalse(Reconciliation.due(NOW.minusSeconds(5), NOW, GRACE), "the gateway may still be answering");
        assertFalse(Reconciliation.due(NOW.minus(GRACE), NOW, GRACE), "exactly the grace period: not yet");
        assertTrue(Reconciliation.due(NOW.minus(GRACE).minusMillis(1), NOW, GRACE));
        assertTrue(Reconciliation.due(NOW.minus(Duration.ofDays(3)), NOW, GRACE), "left behind long ago");
        assertFalse(Reconciliation.due(null, NOW, GRACE));
    }

    @Test
    void theGracePeriodComesFromSecondsAndIsNeverShorterThanAGatewayCall() {
        assertEquals(Duration.ofMinutes(2), Reconciliation.grace(120));
        assertEquals(Duration.ofMinutes(10), Reconciliation.grace(600));
        assertEquals(Duration.ofSeconds(30), Reconciliation.grace(5), "too short to be safe: the shortest allowed");
        assertEquals(Duration.ofSeconds(30), Reconciliation.grace(-1));
        assertEquals(Reconciliation.DEFAULT_GRACE, Reconciliation.grace(120), "the setting's default");
    }

    @Test
    void theGatewaysRecordOfTheKeyDecides() {
        assertEquals(Verdict.CHARGED, Reconciliation.verdict(Optional.of(charge("SUCCEEDED"))));
        assertEquals(Verdict.REFUSED, Reconciliation.verdict(Optional.of(charge("DECLINED"))));
        assertEquals(Verdict.REFUSED, Reconciliation.verdict(Optional.of(charge("FAILED"))), "nothing charged");
        assertEquals(Verdict.NOT_REACHED, Reconciliation.verdict(Optional.empty()), "the gateway never saw it");
    }

    @Test
    void anAnswerTheGatewayHasNotDecidedIsLookedUpAgainLater() {
        assertEquals(Verdict.UNDECIDED, Reconciliation.verdict(Optional.of(charge("PROCESSING"))));
        assertEquals(Verdict.UNDECIDED, Reconciliation.verdict(Optional.of(charge(null))));
    }

    private static ChargeResult charge(String outcome) {
        return new ChargeResult(outcome, "ch_1", null, "VISA", "4242", null, null);
    }
}
