package shop.agora.core.payment.control;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import shop.agora.core.payment.CardDetails;

/**
 * Checks card details before any gateway is called: the number (digits only, 12 to 19 of them, Luhn checksum), the
 * expiry (MM/YY, this month or later) and the CVC (3 digits, 4 for American Express). Pure logic.
 */
public final class CardCheck {

    private CardCheck() {
    }

    /** Problems per field ("holder", "number", "expiry", "cvc"); empty when the card can be sent to the gateway. */
    public static Map<String, String> problems(CardDetails card, YearMonth now) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (card.holder() == null || card.holder().isBlank()) {
            problems.put("holder", "Please enter the name on the card.");
        } else if (card.holder().strip().length() > 100) {
            problems.put("holder", "The name on the card has at most 100 characters.");
        }
        String digits = card.digits();
        if (digits.isEmpty()) {
            problems.put("number", "Please enter the card number.");
        } else if (!digits.matches("\\d{12,19}")) {
            problems.put("number", "A card number has 12 to 19 digits.");
        } else if (!luhn(digits)) {
            problems.put("number", "This card number is not valid; please check it.");
        }
        YearMonth expiry = expiry(card.expiry());
        if (expiry == null) {
            problems.put("expiry", "Please enter the expiry date as MM/YY.");
        } else if (expiry.isBefore(now)) {
            problems.put("expiry", "This card has expired.");
        } else if (expiry.isAfter(now.plusYears(20))) {
            problems.put("expiry", "Please check the expiry date.");
        }
        String cvc = card.cvc() == null ? "" : card.cvc().strip();
        int length = "AMEX".equals(brand(digits)) ? 4 : 3;
        if (!cvc.matches("\\d{" + length + "}")) {
            problems.put("cvc", "The security code (CVC) is the " + length + "-digit number "
                    + (length == 4 ? "on the front" : "on the back") + " of the card.");
        }
        return problems;
    }

    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return false;
            }
            if (twice) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            twice = !twice;
        }
        return sum % 10 == 0;
    }

    /** "12/29", "12/2029" or "1229" as a month; null when it is none. */
    public static YearMonth expiry(String text) {
        if (text == null) {
            return null;
        }
        String value = text.replaceAll("\\s", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{1,2})/?(\\d{2}|\\d{4})").matcher(value);
        if (!m.matches()) {
            return null;
        }
        int month = Integer.parseInt(m.group(1));
        int year = Integer.parseInt(m.group(2));
        if (month < 1 || month > 12) {
            return null;
        }
        return YearMonth.of(year < 100 ? 2000 + year : year, month);
    }

    /** VISA, MASTERCARD, AMEX or CARD, from the number's first digits. */
    public static String brand(String digits) {
        if (digits.startsWith("4")) {
            return "VISA";
        }
        if (digits.matches("^(5[1-5]|2[2-7]).*")) {
            return "MASTERCARD";
        }
        if (digits.matches("^3[47].*")) {
            return "AMEX";
        }
        return "CARD";
    }
}
