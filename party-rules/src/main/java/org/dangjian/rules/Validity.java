package org.dangjian.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days a rule or a parameter's value is in force (有效期): from {@code from} to {@code to},
 * both included; an open end is empty (in force since always, or until revoked). A rule's are its
 * {@code @validFrom} and {@code @validTo}; a parameter value's run from its effective date to the
 * day before the next one.
 */
public record Validity(Optional<LocalDate> from, Optional<LocalDate> to) {

    /** In force every day. */
    public static final Validity ALWAYS = new Validity(Optional.empty(), Optional.empty());

    public Validity {
        Objects.requireNonNull(from);
        Objects.requireNonNull(to);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            throw new IllegalArgumentException("in force from " + from.get() + " to " + to.get() + ": it ends before it begins");
        }
    }

    /** Whether in force on {@code day}. */
    public boolean covers(LocalDate day) {
        return from.map(f -> !day.isBefore(f)).orElse(true) && to.map(t -> !day.isAfter(t)).orElse(true);
    }

    /** Whether some day is in force in both. */
    public boolean overlaps(Validity o) {
        LocalDate start = max(from, o.from);
        LocalDate end = min(to, o.to);
        return !end.isBefore(start);
    }

    /** The days from the first of either's to the last of either's (what versions of one rule cover together). */
    public Validity span(Validity o) {
        Optional<LocalDate> f = from.isEmpty() || o.from.isEmpty() ? Optional.empty() : Optional.of(min(from, o.from));
        Optional<LocalDate> t = to.isEmpty() || o.to.isEmpty() ? Optional.empty() : Optional.of(max(to, o.to));
        return new Validity(f, t);
    }

    /** Whether either end is given. */
    public boolean dated() {
        return from.isPresent() || to.isPresent();
    }

    /** {@code 2020-01-01 – 2020-12-31}, {@code 2020-01-01 –}, {@code – 2019-12-31}; empty when always. */
    @Override
    public String toString() {
        return dated() ? from.map(LocalDate::toString).orElse("") + " – " + to.map(LocalDate::toString).orElse("") : "";
    }

    /** The same in words: 2020年1月1日起, 至2019年12月31日; from 1 January 2020, until 31 December 2019. */
    public String words(Language lang) {
        String f = from.map(d -> Wording.date(d, lang)).orElse("");
        String t = to.map(d -> Wording.date(d, lang)).orElse("");
        if (lang == Language.ZH) {
            return from.isPresent() && to.isPresent() ? f + "至" + t : from.isPresent() ? f + "起" : to.isPresent() ? "至" + t : "长期有效";
        }
        return from.isPresent() && to.isPresent() ? f + " to " + t : from.isPresent() ? "from " + f
                : to.isPresent() ? "until " + t : "always";
    }

    private static LocalDate max(Optional<LocalDate> a, Optional<LocalDate> b) {
        LocalDate x = a.orElse(LocalDate.MIN);
        LocalDate y = b.orElse(LocalDate.MIN);
        return x.isAfter(y) ? x : y;
    }

    private static LocalDate min(Optional<LocalDate> a, Optional<LocalDate> b) {
        LocalDate x = a.orElse(LocalDate.MAX);
        LocalDate y = b.orElse(LocalDate.MAX);
        return x.isBefore(y) ? x : y;
    }
}
