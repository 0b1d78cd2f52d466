package org.dangjian.model.io;

/**
 * Characters that must not reach a terminal or a text report as they are: control characters
 * (terminal escape sequences start with one), Unicode's direction overrides (which make text read
 * in another order than it is stored), line and paragraph separators, and halves of a surrogate
 * pair without the other half.
 *
 * <p>The dataset reader refuses them in the contract's text fields; the text outputs pass what
 * comes from elsewhere (a pack's messages, a name built in Java) through {@link #escape}, so a
 * name can never clear a screen or hide a line of a report.
 */
public final class PrintableText {

    private PrintableText() {}

    /**
     * The index of the first character of {@code s} that is not printable, or -1. With
     * {@code lineBreaks}, tab, line feed and carriage return are allowed (free text such as a
     * note); without, they are not (ids and names).
     */
    public static int firstUnprintable(String s, boolean lineBreaks) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue; // the common case first: printable ASCII
            }
            if (lineBreaks && (c == '\t' || c == '\n' || c == '\r')) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            if (unprintable(c)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code s} with every unprintable character (line feed and tab excepted) written as
     * {@code \u001B}; {@code s} itself when it has none.
     */
    public static String escape(String s) {
        int first = -1;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && (c < 0x20 || c >= 0x7F) && unprintableAt(s, i)) {
                first = i;
                break;
            }
        }
        if (first < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + 16).append(s, 0, first);
        for (int i = first; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\n' && c != '\t' && (c < 0x20 || c >= 0x7F) && unprintableAt(s, i)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code U+001B}: how a message names a character it cannot show. */
    public static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }

    private static boolean unprintableAt(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(s.charAt(i - 1));
        }
        return unprintable(c);
    }

    /** A control, direction, separator or lone surrogate character (surrogate pairs are checked by the callers). */
    private static boolean unprintable(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E || c == 0x200F || c == 0x061C
                || c == 0x2028 || c == 0x2029
                || Character.isSurrogate(c);
    }
}
