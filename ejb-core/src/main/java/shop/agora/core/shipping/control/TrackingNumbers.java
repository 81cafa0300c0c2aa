package shop.agora.core.shipping.control;

/**
 * Tracking numbers in the UPU S10 format that postal carriers use: two letters, an eight-digit serial, a check digit
 * and the country, e.g. {@code AG123456785NL}.
 */
public final class TrackingNumbers {

    private static final int[] WEIGHTS = {8, 6, 4, 2, 3, 5, 9, 7};

    private TrackingNumbers() {
    }

    public static String s10(String prefix, long serial, String country) {
        if (serial < 0 || serial > 99_999_999L) {
            throw new IllegalArgumentException("An S10 serial has eight digits: " + serial);
        }
        String digits = String.format("%08d", serial);
        return prefix + digits + checkDigit(digits) + country;
    }

    static int checkDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 0 : check == 11 ? 5 : check;
    }

    /** True for a well-formed S10 number whose check digit matches. */
    public static boolean valid(String number) {
        if (number == null || !number.matches("[A-Z]{2}\\d{9}[A-Z]{2}")) {
            return false;
        }
        return checkDigit(number.substring(2, 10)) == number.charAt(10) - '0';
    }
}
