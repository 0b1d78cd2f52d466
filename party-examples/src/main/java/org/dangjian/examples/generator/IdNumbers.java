package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.Locale;
import org.dangjian.model.Gender;

/**
 * Fake 身份证号 (resident identity numbers) of the right shape: region, birth date, sequence (odd
 * for men), check character. The region codes start with 99, which no real number has, so a
 * generated number can never be someone's.
 */
final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private IdNumbers() {
    }

    static String of(int region, LocalDate birth, Gender gender, int serial) {
        int seq = (serial % 500) * 2 + (gender == Gender.MALE ? 1 : 0);
        return withCheck(String.format(Locale.ROOT, "%06d%04d%02d%02d%03d", region, birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), seq));
    }

    /** The same number with another birth date. */
    static String withBirth(String id, LocalDate birth) {
        return withCheck(id.substring(0, 6) + String.format(Locale.ROOT, "%04d%02d%02d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth()) + id.substring(14, 17));
    }

    private static String withCheck(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
