package shop.agora.web.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import shop.agora.core.order.RefundPolicyForm;
import shop.agora.core.order.RefundRequests;
import shop.agora.core.order.control.RefundPolicy;
import shop.agora.web.common.faces.FormValidation;
import shop.agora.web.common.faces.Messages;
import shop.agora.web.common.faces.Refusals;

/**
 * Backing bean of {@code refunds.xhtml}: the refund policy after delivery, in words as customers get it, and the
 * form that changes it. The words show the policy in force (as saved), not what is being typed; a save based on a
 * policy another admin has changed since is refused, and the words then show that admin's policy. View scoped: the
 * form keeps what was typed while its messages are shown.
 */
@Named
@ViewScoped
public class RefundsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The form's inputs (prependId="false"), by the properties of {@link RefundPolicyForm}. */
    static final Map<String, String> INPUT_IDS = Map.of("instantDays", "policy-instant-days",
            "instantLimit", "policy-instant-limit", "partialDays", "policy-partial-days",
            "premiumPercent", "policy-premium-percent", "standardPercent", "policy-standard-percent",
            "creditDays", "policy-credit-days");

    /**
     * The periods' order ({@code isInOrder}) is about three inputs at once: FormValidation makes a violation of a
     * property it is told is no single input's (there: a table's) a global message.
     */
    static final Set<String> NOT_AN_INPUT = Set.of("inOrder");

    @Inject
    RefundRequests service;

    @Inject
    FormValidation validation;

    private RefundPolicy policy;
    private RefundRules rules;

    private Integer instantDays;
    private BigDecimal instantLimit;
    private Integer partialDays;
    private Integer premiumPercent;
    private Integer standardPercent;
    private Integer creditDays;

    /** The form starts from the policy in force. */
    @PostConstruct
    void load() {
        show(service.policy());
    }

    public void save() {
        RefundPolicyForm form = new RefundPolicyForm(instantDays, instantLimit, partialDays, premiumPercent,
                standardPercent, creditDays);
        if (!validation.isValid(form, null, INPUT_IDS, NOT_AN_INPUT)) {
            return;
        }
        RefundPolicy seen = policy;
        Refusals.get(() -> service.updatePolicy(form, seen)).ifPresentOrElse(saved -> {
            show(saved);
            Messages.info(Messages.app("refunds.saved"));
        }, () -> {
            // refused, perhaps because another admin changed the policy meanwhile: the rules show the policy in
            // force, the inputs keep what this admin typed, and saving again starts from the policy shown
            policy = service.policy();
            rules = null;
        });
    }

    public RefundRules getRules() {
        if (rules == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            rules = RefundRules.of(policy, faces.getApplication().getResourceBundle(faces, Messages.APP_BUNDLE));
        }
        return rules;
    }

    /** Shows the policy in words and fills the form with it. */
    private void show(RefundPolicy shown) {
        policy = shown;
        rules = null;
        instantDays = shown.instantDays();
        instantLimit = new BigDecimal(RefundRules.amount(shown.instantLimit()));
        partialDays = shown.partialDays();
        premiumPercent = shown.premiumPercent();
        standardPercent = shown.standardPercent();
        creditDays = shown.creditDays();
    }

    public Integer getInstantDays() {
        return instantDays;
    }

    public void setInstantDays(Integer instantDays) {
        this.instantDays = instantDays;
    }

    public BigDecimal getInstantLimit() {
        return instantLimit;
    }

    public void setInstantLimit(BigDecimal instantLimit) {
        this.instantLimit = instantLimit;
    }

    public Integer getPartialDays() {
        return partialDays;
    }

    public void setPartialDays(Integer partialDays) {
        this.partialDays = partialDays;
    }

    public Integer getPremiumPercent() {
        return premiumPercent;
    }

    public void setPremiumPercent(Integer premiumPercent) {
        this.premiumPercent = premiumPercent;
    }

    public Integer getStandardPercent() {
        return standardPercent;
    }

    public void setStandardPercent(Integer standardPercent) {
        this.standardPercent = standardPercent;
    }

    public Integer getCreditDays() {
        return creditDays;
    }

    public void setCreditDays(Integer creditDays) {
        this.creditDays = creditDays;
    }
}
