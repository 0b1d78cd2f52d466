package org.dangjian.rules.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.SubjectType;

/**
 * Masks personal names (姓名脱敏) in a report before any writer sees it, so that every format is
 * masked alike: a name keeps its first character and each other character becomes {@code *}
 * (张三 → 张*, 欧阳娜娜 → 欧***; a one-character name becomes {@code *}).
 *
 * <p>Masked: the subject name of a finding about a person, every personal name found in messages,
 * measured values and evidence, and the approver and justification of waivers. Organization and
 * host-unit names are not personal and stay as they are.
 *
 * <pre>{@code
 * AuditReport masked = NameMasking.mask(report, dataset.people().stream().map(Person::name).toList());
 * }</pre>
 */
public final class NameMasking {

    private NameMasking() {
    }

    /** {@code 张三} → {@code 张*}: the first character, then one {@code *} per other character. */
    public static String mask(String name) {
        int[] cps = name.strip().codePoints().toArray();
        if (cps.length == 0) {
            return name;
        }
        if (cps.length == 1) {
            return "*";
        }
        return new String(cps, 0, 1) + "*".repeat(cps.length - 1);
    }

    /**
     * {@code report} with personal names masked; {@code personalNames} are the names of the
     * dataset's people (those of persons that findings are about are always masked).
     */
    public static AuditReport mask(AuditReport report, Collection<String> personalNames) {
        Set<String> names = new LinkedHashSet<>();
        personalNames.stream().filter(n -> n != null && !n.isBlank()).map(String::strip).forEach(names::add);
        report.findings().stream().filter(f -> f.subjectType() == SubjectType.PERSON)
                .map(Finding::subjectName).filter(n -> !n.isBlank()).forEach(names::add);
        report.review().resolved().stream().filter(f -> f.subjectType() == SubjectType.PERSON)
                .map(Finding::subjectName).filter(n -> !n.isBlank()).forEach(names::add);
        // Longest first, so that 张三丰 is masked whole before 张三 could match inside it.
        List<String> ordered = new ArrayList<>(names);
        ordered.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Masker m = new Masker(ordered);
        AuditReport masked = report.withFindings(
                report.findings().stream().map(m::finding).toList(),
                report.review().resolved().stream().map(m::finding).toList());
        AuditReport.Summary s = masked.summary();
        List<AuditReport.NotJudged> notJudged = s.subjectsNotJudged().stream()
                .map(n -> n.subjectType() != SubjectType.PERSON ? n : new AuditReport.NotJudged(n.ruleId(),
                        n.subjectType(), n.subjectId(), mask(n.subjectName()), n.organizationId(), n.fields()))
                .toList();
        masked = new AuditReport(masked.asOf(), masked.pack(), masked.dataset(), s.withSubjectsNotJudged(notJudged),
                masked.findings(), masked.language(), masked.review());
        return masked.withReview(masked.review().withWaiverTexts(
                w -> w.withApprovedBy(mask(w.approvedBy())).withJustification(m.text(w.justification()))));
    }

    /** Replaces the known names in texts. */
    private record Masker(List<String> names) {

        String text(String s) {
            String out = s;
            for (String n : names) {
                if (out.contains(n)) {
                    out = out.replace(n, mask(n));
                }
            }
            return out;
        }

        Finding finding(Finding f) {
            boolean person = f.subjectType() == SubjectType.PERSON;
            String name = person ? mask(f.subjectName()) : f.subjectName();
            String message = f.message();
            // An organization's own name may contain a person's (张伟村); it is not personal data.
            if (!person && !f.subjectName().isEmpty() && message.startsWith(f.subjectName())) {
                message = f.subjectName() + text(message.substring(f.subjectName().length()));
            } else {
                message = text(message);
            }
            Map<String, List<String>> evidence = new TreeMap<>();
            f.evidence().forEach((k, v) -> evidence.put(k, v.stream().map(this::text).toList()));
            return new Finding(f.ruleId(), f.severity(), f.subjectType(), f.subjectId(), name, f.organizationId(),
                    f.period(), f.measured().map(x -> x instanceof String s ? text(s) : x), f.expected(), message,
                    f.clause(), new TreeMap<>(evidence), f.progress(), text(f.measuredText()), f.expectedText());
        }
    }
}
