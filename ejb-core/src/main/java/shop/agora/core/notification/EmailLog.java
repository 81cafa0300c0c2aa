package shop.agora.core.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Locale;
import shop.agora.core.accounts.entity.Role;
import shop.agora.core.notification.entity.EmailMessage;

/**
 * The record of outgoing email: failures are written in their own transaction (the event that wanted the mail rolls
 * back and is delivered again, but the failed attempt stays visible), and admins list what was sent.
 */
@Stateless
public class EmailLog {

    /** The most rows one page may ask for. */
    public static final int MAX_PAGE = 200;

    @PersistenceContext
    EntityManager em;

    /** One page of the list. */
    public record Page(List<EmailView> rows, long total) {
    }

    @RolesAllowed(Role.Names.SYSTEM)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void failed(EmailMessage message) {
        em.persist(message);
    }

    /**
     * Newest first. {@code status} SENT or FAILED (null: both); {@code search} matches the recipient, the subject or
     * the order number (null or blank: everything).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Page list(String status, String search, int first, int max) {
        String wanted = search == null || search.isBlank() ? null
                : "%" + search.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                        .replace("_", "\\_") + "%";
        String state = status == null || status.isBlank() ? null : status.strip().toUpperCase(Locale.ROOT);
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (state != null) {
            where.append(" and m.status = :status");
        }
        if (wanted != null) {
            where.append(" and (lower(m.recipient) like :search or lower(m.subject) like :search"
                    + " or lower(m.reference) like :search)");
        }
        TypedQuery<EmailMessage> rows = em.createQuery("select m from EmailMessage m" + where
                + " order by m.id desc", EmailMessage.class);
        TypedQuery<Long> count = em.createQuery("select count(m) from EmailMessage m" + where, Long.class);
        for (TypedQuery<?> q : List.of(rows, count)) {
            if (state != null) {
                q.setParameter("status", state);
            }
            if (wanted != null) {
                q.setParameter("search", wanted);
            }
        }
        List<EmailView> views = rows.setFirstResult(Math.max(0, first))
                .setMaxResults(Math.max(1, Math.min(max, MAX_PAGE))).getResultStream()
                .map(m -> new EmailView(m.id(), m.sentAt(), m.recipient(), m.subject(), m.kind(), m.reference(),
                        m.status(), m.error()))
                .toList();
        return new Page(views, count.getSingleResult());
    }
}
