package shop.agora.core.payment;

/**
 * A card as the customer typed it. Lives only for the request that pays: it is not serializable, its
 * {@code toString} shows no digits, and nothing but the gateway's token, the brand and the last four digits is
 * kept anywhere.
 */
public record CardDetails(String holder, String number, String expiry, String cvc) {

    /** The digits of the number, without spaces or dashes. */
    public String digits() {
        return number == null ? "" : number.replaceAll("[\\s-]", "");
    }

    @Override
    public String toString() {
        String digits = digits();
        return "CardDetails[****" + (digits.length() >= 4 ? digits.substring(digits.length() - 4) : "") + "]";
    }
}
