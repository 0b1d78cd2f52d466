package org.dangjian.rules.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dangjian.rules.Findings;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.Validity;

/**
 * Rules in force by date (规则有效期): a rule's {@code @validFrom("2020-01-01")} and
 * {@code @validTo("2019-12-31")} (both days included), and the versions of one requirement: the
 * rules that share an {@code @id} and differ in validity. Versions must not overlap (two would
 * judge the same day: an error) and should leave no gap between the first's start and the last's
 * end (no version judges those days: a warning). Rules of one ID with the same validity are one
 * version checked in several ways.
 */
final class RuleVersions {

    static final String FROM = "validFrom";
    static final String TO = "validTo";

    private RuleVersions() {
    }

    /** The validity a rule's metadata gives; a bad date is a problem at the rule. */
    static Validity validity(String rule, Map<String, Object> meta, String file, int line, List<PackProblem> problems) {
        Optional<LocalDate> from = date(rule, meta, FROM, file, line, problems);
        Optional<LocalDate> to = date(rule, meta, TO, file, line, problems);
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            problems.add(PackProblem.error(file, line, 1, "rule \"" + rule + "\": @" + TO + "(" + to.get()
                    + ") is before @" + FROM + "(" + from.get() + ")"));
            return Validity.ALWAYS;
        }
        return new Validity(from, to);
    }

    private static Optional<LocalDate> date(String rule, Map<String, Object> meta, String key, String file, int line,
                                            List<PackProblem> problems) {
        String text = Findings.meta(meta, key).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            problems.add(PackProblem.error(file, line, 1, "rule \"" + rule + "\": @" + key + "(\"" + text
                    + "\") is not a date; write YYYY-MM-DD, e.g. @" + key + "(\"2020-01-01\")"));
            return Optional.empty();
        }
    }

    /** Overlapping versions of one ID are errors, gaps between them warnings, each at the later version. */
    static void check(Map<String, RuleInfo> byName, Set<String> cadenceRules, List<PackProblem> problems,
                      List<PackProblem> warnings) {
        Map<String, Map<Validity, RuleInfo>> versions = new TreeMap<>();
        byName.forEach((name, info) -> {
            if (!cadenceRules.contains(name)) {
                versions.computeIfAbsent(info.id(), k -> new java.util.LinkedHashMap<>()).putIfAbsent(info.validity(), info);
            }
        });
        versions.forEach((id, byValidity) -> {
            if (byValidity.size() < 2) {
                return;
            }
            List<RuleInfo> sorted = new ArrayList<>(byValidity.values());
            sorted.sort(Comparator.comparing((RuleInfo r) -> r.validity().from().orElse(LocalDate.MIN))
                    .thenComparing(r -> r.validity().to().orElse(LocalDate.MAX)));
            for (int i = 1; i < sorted.size(); i++) {
                RuleInfo a = sorted.get(i - 1);
                RuleInfo b = sorted.get(i);
                if (a.validity().overlaps(b.validity())) {
                    problems.add(at(b, false, "versions of " + id + " overlap: " + describe(a) + " and " + describe(b)
                            + " are both in force on " + firstCommonDay(a.validity(), b.validity())
                            + "; end one the day before the other begins (@" + TO + ", @" + FROM + ")"));
                } else {
                    LocalDate end = a.validity().to().orElseThrow(); // sorted and not overlapping: a ends
                    LocalDate next = b.validity().from().orElseThrow();
                    if (end.plusDays(1).isBefore(next)) {
                        warnings.add(at(b, true, "versions of " + id + " leave a gap: no version is in force from "
                                + end.plusDays(1) + " to " + next.minusDays(1) + " (" + describe(a) + ", " + describe(b) + ")"));
                    }
                }
            }
        });
    }

    private static String describe(RuleInfo r) {
        return r.source() + " (" + (r.validity().dated() ? r.validity().toString().strip() : "always") + ")";
    }

    private static LocalDate firstCommonDay(Validity a, Validity b) {
        LocalDate x = a.from().orElse(LocalDate.MIN);
        LocalDate y = b.from().orElse(LocalDate.MIN);
        LocalDate day = x.isAfter(y) ? x : y;
        return day.equals(LocalDate.MIN) ? a.to().or(b::to).orElse(LocalDate.MIN) : day;
    }

    private static PackProblem at(RuleInfo r, boolean warning, String message) {
        int colon = r.source().lastIndexOf(':');
        String file = colon < 0 ? r.source() : r.source().substring(0, colon);
        int line = 0;
        try {
            line = colon < 0 ? 0 : Integer.parseInt(r.source().substring(colon + 1));
        } catch (NumberFormatException e) {
            line = 0;
        }
        return warning ? PackProblem.warning(file, line, 1, message) : PackProblem.error(file, line, 1, message);
    }

    /** The rules of {@code compiled} in force on {@code day}, by ID (cadence rows always), versions merged. */
    static Map<String, RuleInfo> inForce(CompiledPack compiled, LocalDate day) {
        Map<String, RuleInfo> out = new TreeMap<>();
        Set<String> versioned = new java.util.HashSet<>();
        compiled.rulesByName().forEach((name, info) -> {
            if (compiled.cadenceRuleNames().contains(name)) {
                return;
            }
            versioned.add(info.id());
            if (info.validity().covers(day)) {
                out.merge(info.id(), info, PackCompiler::mergeSameId);
            }
        });
        compiled.rulesById().forEach((id, info) -> {
            if (!versioned.contains(id)) {
                out.put(id, info); // a cadence row: always in force
            }
        });
        return out;
    }
}
