package shop.agora.core.shared;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An amount of money in one currency, exact to the currency's minor unit (never a double). Immutable; arithmetic
 * refuses to mix currencies.
 */
@Embeddable
public class Money implements Serializable, Comparable<Money> {

    private static final long serialVersionUID = 1L;
    /** Set-up formats by locale and currency (few of each); never used directly, as a format is not thread-safe. */
    private static final Map<String, NumberFormat> FORMATS = new ConcurrentHashMap<>();

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", nullable = false, length = 3)
    private String currency;

    protected Money() {
    }

    private Money(BigDecimal amount, Currency currency) {
        this.currency = currency.getCurrencyCode();
        this.amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN);
    }

    public static Money of(BigDecimal amount, String currencyCode) {
        Objects.requireNonNull(amount, "amount");
        Currency currency;
        try {
            currency = Currency.getInstance(Objects.requireNonNull(currencyCode, "currency").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException("\"" + currencyCode + "\" is not a currency code (for example EUR or USD).");
        }
        if (amount.scale() > currency.getDefaultFractionDigits()
                && amount.stripTrailingZeros().scale() > currency.getDefaultFractionDigits()) {
            throw new DomainException("An amount in " + currency.getCurrencyCode() + " has at most "
                    + currency.getDefaultFractionDigits() + " decimals: " + amount.toPlainString());
        }
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        try {
            return of(new BigDecimal(amount.strip()), currencyCode);
        } catch (NumberFormatException e) {
            throw new DomainException("\"" + amount + "\" is not an amount of money.");
        }
    }

    public BigDecimal amount() {
        return amount;
    }

    public String currency() {
        return currency;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), Currency.getInstance(currency));
    }

    public Money times(int quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), Currency.getInstance(currency));
    }

    /** As a shopper in the given locale reads it, e.g. "€1,234.50" or "1.234,50 €". */
    public String format(Locale locale) {
        // a copy of the format set up once per locale and currency: making one is most of the work
        NumberFormat format = (NumberFormat) FORMATS.computeIfAbsent(locale.toLanguageTag() + ' ' + currency, key -> {
            NumberFormat made = NumberFormat.getCurrencyInstance(locale);
            Currency money = Currency.getInstance(currency);
            made.setCurrency(money);
            made.setMinimumFractionDigits(money.getDefaultFractionDigits());
            made.setMaximumFractionDigits(money.getDefaultFractionDigits());
            return made;
        }).clone();
        return format.format(amount);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && currency.equals(money.currency) && amount.compareTo(money.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount.stripTrailingZeros());
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency;
    }
}
