package shop.agora.core.order;

import jakarta.ejb.EJBContext;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import shop.agora.core.accounts.entity.Role;

/** The signed-in customer behind a call, for the order component's services. */
final class Accounts {

    private Accounts() {
    }

    /** The caller's account id; only for callers in the CUSTOMER role. */
    static long callerId(EntityManager em, EJBContext context) {
        Long id = customerId(em, context);
        if (id == null) {
            throw new IllegalStateException("Not a signed-in customer");
        }
        return id;
    }

    /** The caller's account id when a customer is signed in, else null (a guest). */
    static Long customerId(EntityManager em, EJBContext context) {
        if (!context.isCallerInRole(Role.Names.CUSTOMER)) {
            return null;
        }
        return customerId(em, context.getCallerPrincipal().getName());
    }

    /** The id of the customer account signed in under this name (its email), else null. */
    static Long customerId(EntityManager em, String principal) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select id from account where email = ? and role = 'CUSTOMER'")
                .setParameter(1, principal.toLowerCase(Locale.ROOT)).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }
}
