package shop.agora.web.admin;

import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import shop.agora.core.order.control.RefundPolicy;

/**
 * The refund policy in plain words, one rule per period, as a customer meets them after delivery (the first that
 * fits applies; see {@link RefundPolicy#decide}). A period that ends where the one before it ends never applies, and
 * says so instead of promising something no customer gets.
 */
public record RefundRules(String instant, String partial, String credit, String expired) implements Serializable {

    static RefundRules of(RefundPolicy policy, ResourceBundle texts) {
        String limit = amount(policy.instantLimit());
        String instant;
        if (policy.instantDays() == 0) {
            instant = text(texts, "refunds.rule.instant.none");
        } else if (policy.instantLimit().signum() == 0) {
            // nothing is under 0: every order goes back to the card
            instant = text(texts, "refunds.rule.instant.card", days(texts, policy.instantDays()));
        } else {
            instant = text(texts, "refunds.rule.instant", days(texts, policy.instantDays()), limit);
        }
        String partial;
        if (policy.partialDays() <= policy.instantDays()) {
            partial = text(texts, "refunds.rule.partial.none");
        } else if (policy.premiumPercent() == policy.standardPercent()) {
            partial = text(texts, "refunds.rule.partial.same", days(texts, policy.partialDays()),
                    policy.standardPercent());
        } else {
            partial = text(texts, "refunds.rule.partial", days(texts, policy.partialDays()), policy.premiumPercent(),
                    policy.standardPercent());
        }
        String credit = policy.creditDays() <= policy.partialDays() ? text(texts, "refunds.rule.credit.none")
                : text(texts, "refunds.rule.credit", days(texts, policy.creditDays()));
        String expired = text(texts, policy.creditDays() == 0 ? "refunds.rule.expired.always"
                : "refunds.rule.expired", RefundPolicy.EXPIRED);
        return new RefundRules(instant, partial, credit, expired);
    }

    /** "100.00": as the customer's own rule text writes the limit, with cents. */
    static String amount(BigDecimal value) {
        return (value.scale() < 2 ? value.setScale(2) : value).toPlainString();
    }

    private static String days(ResourceBundle texts, int days) {
        return text(texts, "refunds.days", days);
    }

    private static String text(ResourceBundle texts, String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), texts.getLocale()).format(arguments);
    }
}
