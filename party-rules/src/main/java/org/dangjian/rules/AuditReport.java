package org.dangjian.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an audit returns (审计报告), as the report contract defines it: the date, the pack and the
 * dataset (with their SHA-256), a summary, and the findings in their deterministic order
 * (severity, rule, organization, subject, period).
 *
 * <p>{@link #review()} adds what a baseline and waivers say about the findings (their status,
 * the resolved ones, the waived ones); an engine's report has {@link Review#NONE}. It is kept
 * beside the findings, keyed by {@link Finding#key()}, so that {@link Finding} stays as it is.
 */
public record AuditReport(
        LocalDate asOf,
        PackInfo pack,
        DatasetInfo dataset,
        Summary summary,
        List<Finding> findings,
        Language language,
        Review review) {

    public AuditReport {
        Objects.requireNonNull(asOf, "asOf");
        findings = List.copyOf(findings);
        review = review == null ? Review.NONE : review;
    }

    /** A report with no baseline and no waivers, as an audit makes it. */
    public AuditReport(LocalDate asOf, PackInfo pack, DatasetInfo dataset, Summary summary, List<Finding> findings,
                       Language language) {
        this(asOf, pack, dataset, summary, findings, language, Review.NONE);
    }

    /** The same report with {@code newReview}. */
    public AuditReport withReview(Review newReview) {
        return new AuditReport(asOf, pack, dataset, summary, findings, language, newReview);
    }

    /** The same report with other findings (same keys, e.g. masked) and other resolved findings. */
    public AuditReport withFindings(List<Finding> newFindings, List<Finding> newResolved) {
        return new AuditReport(asOf, pack, dataset, summary, newFindings, language,
                review.withResolved(newResolved));
    }

    /**
     * The pack that judged: name, version, SHA-256 of its files, and who signed each pack it is
     * made of (the built-in pack, then each added one), with the signer's key fingerprint.
     */
    public record PackInfo(String name, String version, String sha256, List<PackSignature> signatures) {

        public PackInfo {
            signatures = signatures == null ? List.of() : List.copyOf(signatures);
        }

        /** A pack whose signatures are not known (a report read from before they were recorded). */
        public PackInfo(String name, String version, String sha256) {
            this(name, version, sha256, List.of());
        }
    }

    /** The dataset judged: SHA-256 of the input. */
    public record DatasetInfo(String sha256) {
    }

    /** A rule that was not evaluated, and why (its inputs are absent from the dataset). */
    public record NotEvaluated(String ruleId, String reason) {
    }

    /**
     * A subject that an evaluated rule could not judge (未能评估的对象): the dataset leaves out
     * {@code fields} the rule needs for it. A field left out is unknown, not 0 or false, so the
     * rule raises nothing on the subject, and the report lists it here instead.
     */
    public record NotJudged(String ruleId, SubjectType subjectType, String subjectId, String subjectName,
                            String organizationId, List<String> fields) {
        public NotJudged {
            Objects.requireNonNull(ruleId, "ruleId");
            Objects.requireNonNull(subjectId, "subjectId");
            subjectName = subjectName == null ? "" : subjectName;
            organizationId = organizationId == null ? "" : organizationId;
            fields = List.copyOf(fields);
        }
    }

    /**
     * Counts by severity and by rule, the rules evaluated, those not evaluated with reasons, and
     * the subjects that evaluated rules could not judge for a field the dataset leaves out
     * (ordered by rule, organization, subject). Every severity appears in {@code bySeverity}, with
     * 0 where there is none.
     */
    public record Summary(
            Map<Severity, Integer> bySeverity,
            Map<String, Integer> byRule,
            List<String> rulesEvaluated,
            List<NotEvaluated> rulesNotEvaluated,
            List<NotJudged> subjectsNotJudged,
            InForce inForce) {

        public Summary {
            bySeverity = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(bySeverity));
            byRule = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byRule));
            rulesEvaluated = List.copyOf(rulesEvaluated);
            rulesNotEvaluated = List.copyOf(rulesNotEvaluated);
            subjectsNotJudged = subjectsNotJudged == null ? List.of() : List.copyOf(subjectsNotJudged);
            inForce = inForce == null ? InForce.NONE : inForce;
        }

        /** A summary of a pack whose rules and parameters carry no dates. */
        public Summary(Map<Severity, Integer> bySeverity, Map<String, Integer> byRule, List<String> rulesEvaluated,
                       List<NotEvaluated> rulesNotEvaluated, List<NotJudged> subjectsNotJudged) {
            this(bySeverity, byRule, rulesEvaluated, rulesNotEvaluated, subjectsNotJudged, InForce.NONE);
        }

        /** A summary in which every subject was judged. */
        public Summary(Map<Severity, Integer> bySeverity, Map<String, Integer> byRule, List<String> rulesEvaluated,
                       List<NotEvaluated> rulesNotEvaluated) {
            this(bySeverity, byRule, rulesEvaluated, rulesNotEvaluated, List.of());
        }

        /** The same summary with other subjects not judged (e.g. masked). */
        public Summary withSubjectsNotJudged(List<NotJudged> notJudged) {
            return new Summary(bySeverity, byRule, rulesEvaluated, rulesNotEvaluated, notJudged, inForce);
        }
    }

    /**
     * Which version the audit applied (rules in force by date, 按日期生效的规则) of each rule and
     * parameter that carries dates: those in force on {@code asOf}. Rules and parameters without
     * dates are always in force and not listed; empty for a pack that dates nothing.
     */
    public record InForce(List<RuleVersion> rules, List<Parameters.Version> parameters) {
        public static final InForce NONE = new InForce(List.of(), List.of());

        public InForce {
            rules = List.copyOf(rules);
            parameters = List.copyOf(parameters);
        }

        /** Whether nothing is listed. */
        public boolean isEmpty() {
            return rules.isEmpty() && parameters.isEmpty();
        }
    }

    /** The version of a rule applied: the days it is in force, and where it is written ({@code rules/x.drl:12}). */
    public record RuleVersion(String ruleId, Validity validity, String source) {
    }

    /**
     * Whether any finding is at or above {@code threshold}, waived findings aside: the command then
     * exits with 1.
     */
    public boolean hasFindingsAtOrAbove(Severity threshold) {
        return !failing(threshold, false).isEmpty();
    }

    /**
     * The findings that fail a run: at or above {@code threshold}, not waived, and, when
     * {@code newOnly}, NEW against the baseline.
     */
    public List<Finding> failing(Severity threshold, boolean newOnly) {
        return findings.stream()
                .filter(f -> f.severity().atLeast(threshold))
                .filter(f -> !waived(f))
                .filter(f -> !newOnly || status(f).orElse(FindingStatus.NEW) == FindingStatus.NEW)
                .toList();
    }

    /** NEW or PERSISTING when the report was compared with a baseline; empty otherwise. */
    public Optional<FindingStatus> status(Finding f) {
        return Optional.ofNullable(review.status().get(f.key()));
    }

    /** The waiver in force for {@code f}, if one is. */
    public Optional<Waiver> waiver(Finding f) {
        return Optional.ofNullable(review.waivers().get(f.key()));
    }

    /** A waiver that named {@code f} but had expired by {@link #asOf()}, if one did. */
    public Optional<Waiver> expiredWaiver(Finding f) {
        return Optional.ofNullable(review.expiredMatches().get(f.key()));
    }

    /** Whether {@code f} is waived: reported, but it does not fail the run. */
    public boolean waived(Finding f) {
        return review.waivers().containsKey(f.key());
    }

    /** The previous report this one was compared with. */
    public record BaselineInfo(LocalDate asOf, String datasetSha256) {
        public BaselineInfo {
            Objects.requireNonNull(asOf, "asOf");
            datasetSha256 = datasetSha256 == null ? "" : datasetSha256;
        }
    }

    /**
     * What a baseline and waivers add to a report (复核): the baseline compared with, the status
     * of each finding against it, the findings it had that this report has not (RESOLVED), the
     * waiver in force for each waived finding, the expired waiver that named a finding, and every
     * waiver that had expired by the report's date.
     */
    public record Review(
            Optional<BaselineInfo> baseline,
            Map<Finding.Key, FindingStatus> status,
            List<Finding> resolved,
            Map<Finding.Key, Waiver> waivers,
            Map<Finding.Key, Waiver> expiredMatches,
            List<Waiver> expiredWaivers) {

        /** No baseline, no waivers. */
        public static final Review NONE =
                new Review(Optional.empty(), Map.of(), List.of(), Map.of(), Map.of(), List.of());

        public Review {
            baseline = baseline == null ? Optional.empty() : baseline;
            status = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(status));
            resolved = List.copyOf(resolved);
            waivers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(waivers));
            expiredMatches = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(expiredMatches));
            expiredWaivers = List.copyOf(expiredWaivers);
        }

        /** With a baseline's verdicts. */
        public Review withBaseline(BaselineInfo info, Map<Finding.Key, FindingStatus> newStatus,
                                   List<Finding> newResolved) {
            return new Review(Optional.of(info), newStatus, newResolved, waivers, expiredMatches, expiredWaivers);
        }

        /** With the waivers' verdicts. */
        public Review withWaivers(Map<Finding.Key, Waiver> inForce, Map<Finding.Key, Waiver> expired,
                                  List<Waiver> allExpired) {
            return new Review(baseline, status, resolved, inForce, expired, allExpired);
        }

        Review withResolved(List<Finding> newResolved) {
            return new Review(baseline, status, newResolved, waivers, expiredMatches, expiredWaivers);
        }

        /** With other waivers (same keys, e.g. with names masked). */
        public Review withWaiverTexts(java.util.function.UnaryOperator<Waiver> change) {
            Map<Finding.Key, Waiver> w = new LinkedHashMap<>();
            waivers.forEach((k, v) -> w.put(k, change.apply(v)));
            Map<Finding.Key, Waiver> e = new LinkedHashMap<>();
            expiredMatches.forEach((k, v) -> e.put(k, change.apply(v)));
            return new Review(baseline, status, resolved, w, e, expiredWaivers.stream().map(change).toList());
        }
    }

    /** The findings of one rule. */
    public List<Finding> findings(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The order of the report contract: severity, rule, organization, subject, period. */
    public static final java.util.Comparator<Finding> ORDER = java.util.Comparator
            .comparing(Finding::severity)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::organizationId)
            .thenComparing(Finding::subjectId)
            .thenComparing(f -> f.period().orElse(""));
}
