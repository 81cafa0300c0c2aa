package shop.agora.core.payment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RunAs;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import shop.agora.core.accounts.entity.Role;

/**
 * Every minute, card payments left pending are settled with the gateway ({@link PaymentReconciliation}). Runs as the
 * platform (SYSTEM); not persistent, like the other timers: a pass missed while the server was down is simply the
 * next one. Several servers may run it at once: each payment is settled under its lock, once.
 */
@Singleton
@RunAs(Role.Names.SYSTEM)
@PermitAll
public class PaymentTimers {

    private static final Logger LOG = Logger.getLogger(PaymentTimers.class.getName());

    @EJB
    PaymentReconciliation reconciliation;

    @Schedule(minute = "*", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void reconcilePending() {
        try {
            List<ReconciledPayment> settled = reconciliation.reconcilePending();
            if (!settled.isEmpty()) {
                LOG.info(() -> "Reconciled " + settled.size() + " pending payments: " + settled);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reconciling pending payments failed; the next run tries again", e);
        }
    }
}
