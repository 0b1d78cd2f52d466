package org.dangjian.model.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.model.Activity;

/**
 * The repeated values of one read, shared instead of copied: ids (a person is named by a dozen
 * dues payments, trainings and attendance lists), dates, months and the {@code Optional}s around
 * them. A million-member dataset holds tens of millions of these; sharing them makes its heap a
 * fraction of what separate copies take, and parses each date once. Values that are seldom
 * repeated (names, id numbers, notes, activity ids) are not kept. One instance per read, dropped
 * with the reader.
 *
 * <p>Why the tables are its own and not {@code HashMap}s: the reader hands over the parser's
 * characters, and a value seen before is found without making a {@code String} of them; a date
 * or month in the usual shape ({@code 2020-12-31}, within the years records may bear) is found
 * by its digits in an array. Anything else takes the exact path of {@link LocalDate#parse}, whose
 * failures the reader reports.
 */
final class SharedValues {

    /** String fields whose values are (nearly) all different: keeping them would only cost. */
    private static final Set<String> UNIQUE_TEXT = Set.of("name", "idNumber", "note");

    private static final int FIRST_YEAR = FieldBounds.FIRST_DATE.getYear();
    private static final int YEARS = FieldBounds.LAST_DATE.getYear() - FIRST_YEAR + 1;

    /** Interned strings: open addressing, linear probing, at most half full. */
    private String[] strings = new String[1 << 12];
    /** Per slot, the string's hash: most probes are settled without touching the string. */
    private int[] hashes = new int[1 << 12];
    /** Per slot, the {@link FieldBounds.TextKind}s (one bit each) the string is known to be within. */
    private byte[] checked = new byte[1 << 12];
    /**
     * Per slot, the kinds of record (one bit each, see {@link #referenceBit}) a read record names
     * by this string ({@code personId}: people), and in the high bits the kinds that have a
     * record with this id. A reference is resolved when its bit is among the haves.
     */
    private byte[] references = new byte[1 << 12];
    private int count;
    /**
     * The slots of strings met lately, by the low bits of their hash (slot + 1; 0 is empty). Why:
     * values come in runs (a person's twelve dues payments, an organization's activities, the
     * twenty words of an enum), and this small array stays in the processor's cache where the
     * table, a few megabytes, does not.
     */
    private final int[] recent = new int[1 << 12];

    /** Dates by {@code (year - 1900) * 372 + (month - 1) * 31 + day - 1}, filled as met. */
    private final LocalDate[] dates = new LocalDate[YEARS * 372];
    @SuppressWarnings("unchecked")
    private final Optional<Object>[] dateOptionals = new Optional[YEARS * 372];
    /** Months by {@code (year - 1900) * 12 + month - 1}. */
    private final YearMonth[] months = new YearMonth[YEARS * 12];
    @SuppressWarnings("unchecked")
    private final Optional<Object>[] monthOptionals = new Optional[YEARS * 12];
    private final Map<Object, Optional<Object>> optionals = new HashMap<>();

    /** Whether the values of a string field of {@code type} are worth sharing. */
    static boolean shared(Class<?> type, String field) {
        return !UNIQUE_TEXT.contains(field) && !(type == Activity.class && field.equals("id"));
    }

    String string(String s) {
        return strings[slot(s)];
    }

    /** The slot of the string of {@code len} characters at {@code buf[off]}, interned if new. */
    int slot(char[] buf, int off, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[off + i];
        }
        int r = spread(h) & (recent.length - 1);
        int known = recent[r] - 1;
        if (known >= 0 && hashes[known] == h && strings[known].length() == len && same(strings[known], buf, off, len)) {
            return known;
        }
        int mask = strings.length - 1;
        int s = spread(h) & mask;
        for (String k = strings[s]; k != null; k = strings[s]) {
            if (hashes[s] == h && k.length() == len && same(k, buf, off, len)) {
                recent[r] = s + 1;
                return s;
            }
            s = (s + 1) & mask;
        }
        s = insert(s, new String(buf, off, len), h);
        recent[r] = s + 1;
        return s;
    }

    /** The bit of a referenced kind: organizations, people and host units are named by id. */
    static int referenceBit(org.dangjian.model.RecordKind kind) {
        return switch (kind) {
            case ORGANIZATIONS -> 1;
            case PEOPLE -> 2;
            case HOST_UNITS -> 4;
            default -> throw new IllegalArgumentException(kind + " is not referenced by id");
        };
    }

    /** Notes that a record names the string in {@code slot} as the id of a record of {@code bit}'s kind. */
    void referenced(int slot, int bit) {
        references[slot] |= (byte) bit;
    }

    /** Notes that a record of {@code bit}'s kind, read and kept, has the id {@code id}. */
    void identifies(String id, int bit) {
        references[slot(id)] |= (byte) (bit << 3);
    }

    /**
     * Whether every string a record named as an id is the id of a kept record of that kind: then
     * no reference can dangle and the validator's exact check of each (a lookup per reference in
     * the dataset's indexes, records made from columns) has nothing to find.
     */
    boolean everyReferenceResolved() {
        for (byte r : references) {
            int wanted = r & 7;
            if ((wanted & ~(r >> 3)) != 0) {
                return false;
            }
        }
        return true;
    }

    /** The string in slot {@code slot}. */
    String at(int slot) {
        return strings[slot];
    }

    /** Whether the string in {@code slot} is known to be within the bounds of {@code kind}. */
    boolean within(int slot, FieldBounds.TextKind kind) {
        return (checked[slot] & (1 << kind.ordinal())) != 0;
    }

    void markWithin(int slot, FieldBounds.TextKind kind) {
        checked[slot] |= (byte) (1 << kind.ordinal());
    }

    private int slot(String key) {
        int mask = strings.length - 1;
        int h = key.hashCode();
        int s = spread(h) & mask;
        for (String k = strings[s]; k != null; k = strings[s]) {
            if (hashes[s] == h && k.equals(key)) {
                return s;
            }
            s = (s + 1) & mask;
        }
        return insert(s, key, h);
    }

    /** Whether {@code key} is the instance this read shares (not merely an equal string). */
    private boolean interned(String key) {
        int mask = strings.length - 1;
        int h = key.hashCode();
        int s = spread(h) & mask;
        for (String k = strings[s]; k != null; k = strings[s]) {
            if (hashes[s] == h && k.equals(key)) {
                return k == key;
            }
            s = (s + 1) & mask;
        }
        return false;
    }

    private int insert(int slot, String key, int hash) {
        strings[slot] = key;
        hashes[slot] = hash;
        if (++count * 2 <= strings.length) {
            return slot;
        }
        String[] oldStrings = strings;
        int[] oldHashes = hashes;
        byte[] oldChecked = checked;
        byte[] oldReferences = references;
        java.util.Arrays.fill(recent, 0); // the slots move
        strings = new String[oldStrings.length * 2];
        hashes = new int[strings.length];
        checked = new byte[strings.length];
        references = new byte[strings.length];
        int mask = strings.length - 1;
        int found = -1;
        for (int i = 0; i < oldStrings.length; i++) {
            String k = oldStrings[i];
            if (k != null) {
                int s = spread(oldHashes[i]) & mask;
                while (strings[s] != null) {
                    s = (s + 1) & mask;
                }
                strings[s] = k;
                hashes[s] = oldHashes[i];
                checked[s] = oldChecked[i];
                references[s] = oldReferences[i];
                if (k == key) {
                    found = s;
                }
            }
        }
        return found;
    }

    /**
     * Mixes every bit of the hash into the low ones (murmur3's finalizer). Why not just
     * {@code h ^ h >>> 16}: ids such as p1 … p99999 have consecutive hashes, and with linear
     * probing consecutive slots make long runs that every later key must walk.
     */
    static int spread(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        return h ^ (h >>> 16);
    }

    private static boolean same(String k, char[] buf, int off, int len) {
        for (int i = 0; i < len; i++) {
            if (k.charAt(i) != buf[off + i]) {
                return false;
            }
        }
        return true;
    }

    /** The date of {@code text}; throws as {@link LocalDate#parse} does. */
    LocalDate date(String text) {
        LocalDate d = text.length() == 10 ? date(text.toCharArray(), 0, 10) : null;
        return d != null ? d : LocalDate.parse(text);
    }

    /**
     * The date of a {@code YYYY-MM-DD} of the years records may bear, or null for anything else
     * (another shape, a day that does not exist, another year): the caller then takes the exact
     * path and reports what is wrong.
     */
    LocalDate date(char[] b, int off, int len) {
        if (len != 10 || b[off + 4] != '-' || b[off + 7] != '-') {
            return null;
        }
        int y = digits(b, off, 4);
        int m = digits(b, off + 5, 2);
        int d = digits(b, off + 8, 2);
        if (y < FIRST_YEAR || y >= FIRST_YEAR + YEARS || m < 1 || m > 12 || d < 1 || d > 31) {
            return null;
        }
        int i = (y - FIRST_YEAR) * 372 + (m - 1) * 31 + d - 1;
        LocalDate known = dates[i];
        if (known == null) {
            try {
                known = LocalDate.of(y, m, d);
            } catch (DateTimeException e) {
                return null; // 2021-02-29: the exact path says it does not exist
            }
            dates[i] = known;
        }
        return known;
    }

    /** The month of {@code text}; throws as {@link YearMonth#parse} does. */
    YearMonth month(String text) {
        YearMonth m = text.length() == 7 ? month(text.toCharArray(), 0, 7) : null;
        return m != null ? m : YearMonth.parse(text);
    }

    /** The month of a {@code YYYY-MM} of the years records may bear, or null for anything else. */
    YearMonth month(char[] b, int off, int len) {
        if (len != 7 || b[off + 4] != '-') {
            return null;
        }
        int y = digits(b, off, 4);
        int m = digits(b, off + 5, 2);
        if (y < FIRST_YEAR || y >= FIRST_YEAR + YEARS || m < 1 || m > 12) {
            return null;
        }
        int i = (y - FIRST_YEAR) * 12 + m - 1;
        YearMonth known = months[i];
        if (known == null) {
            known = YearMonth.of(y, m);
            months[i] = known;
        }
        return known;
    }

    /** The number of {@code n} ASCII digits at {@code b[off]}, or -1 if one is not a digit. */
    private static int digits(char[] b, int off, int n) {
        int v = 0;
        for (int i = 0; i < n; i++) {
            int c = b[off + i] - '0';
            if (c < 0 || c > 9) {
                return -1;
            }
            v = v * 10 + c;
        }
        return v;
    }

    /** {@code Optional.of(value)}, one instance per shared value. */
    Optional<Object> optional(Object value) {
        if (value instanceof LocalDate d && d.getYear() >= FIRST_YEAR && d.getYear() < FIRST_YEAR + YEARS) {
            int i = (d.getYear() - FIRST_YEAR) * 372 + (d.getMonthValue() - 1) * 31 + d.getDayOfMonth() - 1;
            Optional<Object> o = dateOptionals[i];
            return o != null ? o : (dateOptionals[i] = Optional.of(value));
        }
        if (value instanceof YearMonth m && m.getYear() >= FIRST_YEAR && m.getYear() < FIRST_YEAR + YEARS) {
            int i = (m.getYear() - FIRST_YEAR) * 12 + m.getMonthValue() - 1;
            Optional<Object> o = monthOptionals[i];
            return o != null ? o : (monthOptionals[i] = Optional.of(value));
        }
        return optionals.computeIfAbsent(value, Optional::of);
    }

    /** Whether {@code value} is one this read shares (so its Optional may be shared too). */
    boolean isShared(Object value) {
        return value instanceof LocalDate || value instanceof YearMonth || value instanceof Boolean
                || value instanceof Enum<?> || (value instanceof String s && interned(s));
    }
}
