package org.dangjian.imports.convert;

import java.util.Locale;
import java.util.Optional;

/**
 * Identity numbers (公民身份号码, GB 11643): 18 characters whose last is a check digit
 * (ISO 7064 MOD 11-2), or the older 15 digits. They serve only to match a person across tables;
 * the import never writes one anywhere, so nothing here returns a number in a message.
 */
public final class IdentityNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = "10X98765432".toCharArray();

    private IdentityNumbers() {}

    /** What a cell holds: a number that can match, whether its check digit is right. */
    public record Checked(String normalized, boolean checkDigitOk) {}

    /**
     * The number in the one form used to match (18 characters, upper-case X; a 15-digit number
     * widened by inserting "19" and its check digit), or empty when it is no identity number.
     */
    public static Optional<Checked> check(String raw) {
        String s = raw.strip().toUpperCase(Locale.ROOT);
        if (s.matches("\\d{17}[\\dX]")) {
            return Optional.of(new Checked(s, checkDigit(s.substring(0, 17)) == s.charAt(17)));
        }
        if (s.matches("\\d{15}")) {
            String body = s.substring(0, 6) + "19" + s.substring(6);
            return Optional.of(new Checked(body + checkDigit(body), true));
        }
        return Optional.empty();
    }

    /** The check digit of the first 17 digits. */
    static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }
}
