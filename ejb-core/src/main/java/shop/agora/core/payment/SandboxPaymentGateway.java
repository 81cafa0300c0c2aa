package shop.agora.core.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.payment.control.CardCheck;

/**
 * The default gateway: a card processor's test mode, with the well-known test cards.
 * <ul>
 * <li>4242 4242 4242 4242 is approved;</li>
 * <li>4000 0000 0000 0002 is declined (card_declined);</li>
 * <li>4000 0000 0000 9995 is declined for insufficient funds (insufficient_funds);</li>
 * <li>4000 0000 0000 0119 fails with a processing error (processing_error);</li>
 * <li>any other number that passes the checks is approved.</li>
 * </ul>
 * Like a real processor it keeps its own records (table {@code sandbox_charge}, written in its own transaction, as a
 * remote system would), so a replayed idempotency key returns the first answer even after a restart, and
 * {@link #lookup} tells what became of a key without charging.
 */
@Stateless
@Local(PaymentGateway.class)
@RolesAllowed(Role.Names.SYSTEM)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class SandboxPaymentGateway implements PaymentGateway {

    public static final String APPROVED = "4242424242424242";
    public static final String DECLINED = "4000000000000002";
    public static final String INSUFFICIENT_FUNDS = "4000000000009995";
    public static final String PROCESSING_ERROR = "4000000000000119";

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public ChargeResult charge(String idempotencyKey, BigDecimal amount, String currency, CardDetails card) {
        @SuppressWarnings("unchecked")
        List<Object[]> earlier = em.createNativeQuery("select outcome, charge_id, token from sandbox_charge "
                + "where idempotency_key = ? for update").setParameter(1, idempotencyKey).getResultList();
        String digits = card.digits();
        String brand = CardCheck.brand(digits);
        String last4 = digits.length() >= 4 ? digits.substring(digits.length() - 4) : "";
        if (!earlier.isEmpty()) {
            return result((String) earlier.get(0)[0], (String) earlier.get(0)[1], (String) earlier.get(0)[2], brand,
                    last4);
        }
        String outcome = switch (digits) {
            case DECLINED -> "card_declined";
            case INSUFFICIENT_FUNDS -> "insufficient_funds";
            case PROCESSING_ERROR -> "processing_error";
            default -> "SUCCEEDED";
        };
        String chargeId = "ch_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        String token = "tok_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        // two calls with the same key at the same moment: one inserts, the other waits for it and takes its answer
        int inserted = em.createNativeQuery("insert into sandbox_charge (idempotency_key, charge_id, token, amount, "
                        + "currency, outcome, created_at, card_brand, card_last4) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (idempotency_key) do nothing")
                .setParameter(1, idempotencyKey).setParameter(2, chargeId).setParameter(3, token)
                .setParameter(4, amount).setParameter(5, currency).setParameter(6, outcome)
                .setParameter(7, clock.instant().atOffset(ZoneOffset.UTC)).setParameter(8, brand)
                .setParameter(9, last4).executeUpdate();
        if (inserted == 0) {
            Object[] first = (Object[]) em.createNativeQuery("select outcome, charge_id, token from sandbox_charge "
                    + "where idempotency_key = ?").setParameter(1, idempotencyKey).getSingleResult();
            return result((String) first[0], (String) first[1], (String) first[2], brand, last4);
        }
        return result(outcome, chargeId, token, brand, last4);
    }

    @Override
    public Optional<ChargeResult> lookup(String idempotencyKey) {
        @SuppressWarnings("unchecked")
        List<Object[]> charge = em.createNativeQuery("select outcome, charge_id, token, card_brand, card_last4 "
                + "from sandbox_charge where idempotency_key = ?").setParameter(1, idempotencyKey).getResultList();
        return charge.stream().findFirst().map(c -> result((String) c[0], (String) c[1], (String) c[2],
                (String) c[3], c[4] == null ? null : ((String) c[4]).strip()));
    }

    @Override
    public RefundResult refund(String idempotencyKey, String chargeId, BigDecimal amount) {
        @SuppressWarnings("unchecked")
        List<Object[]> charge = em.createNativeQuery("select amount, refunded, outcome from sandbox_charge "
                + "where charge_id = ? for update").setParameter(1, chargeId).getResultList();
        // checked under the charge's lock, so that the same key twice at the same moment refunds once
        @SuppressWarnings("unchecked")
        List<Object> earlier = em.createNativeQuery("select refund_id from sandbox_refund where idempotency_key = ?")
                .setParameter(1, idempotencyKey).getResultList();
        if (!earlier.isEmpty()) {
            return new RefundResult(true, (String) earlier.get(0), "Refunded");
        }
        if (charge.isEmpty() || !"SUCCEEDED".equals(charge.get(0)[2])) {
            return new RefundResult(false, null, "There is no successful charge " + chargeId + " to refund.");
        }
        BigDecimal left = ((BigDecimal) charge.get(0)[0]).subtract((BigDecimal) charge.get(0)[1]);
        if (amount.signum() <= 0 || amount.compareTo(left) > 0) {
            return new RefundResult(false, null, "Only " + left + " of this charge can still be refunded.");
        }
        String refundId = "re_" + UUID.randomUUID().toString().replace("-", "").substring(0, 24);
        em.createNativeQuery("update sandbox_charge set refunded = refunded + ? where charge_id = ?")
                .setParameter(1, amount).setParameter(2, chargeId).executeUpdate();
        em.createNativeQuery("insert into sandbox_refund (idempotency_key, refund_id, charge_id, amount, created_at) "
                        + "values (?, ?, ?, ?, ?)")
                .setParameter(1, idempotencyKey).setParameter(2, refundId).setParameter(3, chargeId)
                .setParameter(4, amount).setParameter(5, clock.instant().atOffset(ZoneOffset.UTC)).executeUpdate();
        return new RefundResult(true, refundId, "Refunded");
    }

    private static ChargeResult result(String outcome, String chargeId, String token, String brand, String last4) {
        return switch (outcome) {
            case "SUCCEEDED" -> new ChargeResult("SUCCEEDED", chargeId, token, brand, last4, null, null);
            case "card_declined" -> new ChargeResult("DECLINED", chargeId, null, brand, last4, outcome,
                    "Your card was declined. Please use another card.");
            case "insufficient_funds" -> new ChargeResult("DECLINED", chargeId, null, brand, last4, outcome,
                    "Your card has insufficient funds. Please use another card.");
            default -> new ChargeResult("FAILED", chargeId, null, brand, last4, outcome,
                    "The card processor had a problem and nothing was charged. Please try again or use another card.");
        };
    }
}
