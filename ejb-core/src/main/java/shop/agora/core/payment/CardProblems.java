package shop.agora.core.payment;

import java.util.Map;
import shop.agora.core.shared.DomainException;

/** The card details are not complete or not valid; {@code problems} says which field and why. */
public class CardProblems extends DomainException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> problems;

    public CardProblems(Map<String, String> problems) {
        super(String.join(" ", problems.values()));
        this.problems = Map.copyOf(problems);
    }

    /** Per field: holder, number, expiry, cvc. */
    public Map<String, String> problems() {
        return problems;
    }
}
