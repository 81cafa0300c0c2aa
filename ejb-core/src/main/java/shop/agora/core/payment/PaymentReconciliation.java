package shop.agora.core.payment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.payment.control.Reconciliation;

/**
 * Settles card payments left pending. An attempt is booked pending before the gateway is called; when the server or
 * the broker fails after the gateway answered but before the answer is booked, it would stay pending and its order
 * awaiting payment. Once an attempt has been pending for {@code agora.payments.reconcile-after-seconds} (default 120,
 * at least 30) since it was last tried, the gateway is asked what became of its idempotency key: a charge is booked as
 * a success ("Payment Processed", so the order is confirmed), a refusal as a failed payment (the order to payment
 * failed, its items and balance given back), and a key the gateway never saw closes the attempt without charging
 * (the customer pays again, with the same key). Each payment is settled in its own transaction, under the locks of its
 * order and its row, so a customer paying again at the same moment never books it twice. The timer
 * ({@link PaymentTimers}) runs a pass every minute; the time is the platform's clock.
 */
@Stateless
@RunAs(Role.Names.SYSTEM)
public class PaymentReconciliation {

    /** Who settles a payment here, as the payment and the order's history name it. */
    public static final String ACTOR = "reconciliation";

    /** The most payments one pass looks up; the next pass takes the rest. */
    static final int PASS_SIZE = 100;

    private static final Logger LOG = Logger.getLogger(PaymentReconciliation.class.getName());

    @EJB
    PaymentLedger ledger;

    @EJB
    PaymentGateway gateway;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "agora.payments.reconcile-after-seconds", defaultValue = "120")
    long reconcileAfterSeconds;

    /**
     * One pass: settles the card payments pending for longer than the grace period, oldest first, and returns what
     * became of each it looked up. A payment that cannot be settled now (the broker is away, the gateway does not
     * answer) stays pending for the next pass.
     */
    @RolesAllowed({Role.Names.SYSTEM, Role.Names.ADMIN})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<ReconciledPayment> reconcilePending() {
        Duration grace = Reconciliation.grace(reconcileAfterSeconds);
        List<ReconciledPayment> settled = new ArrayList<>();
        for (long paymentId : ledger.pendingBefore(clock.instant().minus(grace), PASS_SIZE)) {
            try {
                ledger.reconcile(paymentId, gateway, grace, ACTOR).ifPresent(settled::add);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Payment " + paymentId + " could not be reconciled now; the next pass tries "
                        + "again", e);
            }
        }
        return settled;
    }
}
