package org.dangjian.rules.impact;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.TreeSet;
import org.dangjian.model.Dataset;
import org.dangjian.model.Organization;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Language;
import org.dangjian.rules.PairedAudit;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Wording;

/**
 * A what-if (假如调整): audits a dataset with a pack as it is and as it would be, and tells what
 * the change does ({@link ImpactReport}). The two audits share one reading of the dataset (the
 * caller's) and the facts the change does not touch ({@link PairedAudit}).
 *
 * <pre>{@code
 * ImpactReport r = Impact.of(ComplianceEngine.builtIn())
 *         .proposedParameters(Parameters.of(Map.of("trn.memberMinHours", "40")))
 *         .run(dataset);
 * r.appeared().forEach(f -> System.out.println(f.subjectName() + " " + f.message()));
 * }</pre>
 *
 * <p>Immutable: each setter returns a new what-if.
 */
public final class Impact {

    private final ComplianceEngine current;
    private final AuditOptions options;
    private final ComplianceEngine proposed;
    private final Optional<Parameters> proposedParameters;

    private Impact(ComplianceEngine current, AuditOptions options, ComplianceEngine proposed,
                   Optional<Parameters> proposedParameters) {
        this.current = Objects.requireNonNull(current);
        this.options = Objects.requireNonNull(options);
        this.proposed = Objects.requireNonNull(proposed);
        this.proposedParameters = proposedParameters;
    }

    /** A what-if of {@code current} against itself (add a proposed pack or thresholds), default options. */
    public static Impact of(ComplianceEngine current) {
        return new Impact(current, AuditOptions.DEFAULTS, current, Optional.empty());
    }

    /**
     * The same with these options: the language of both reports, the firing limit, the dataset's
     * SHA-256, and in {@code parameters} the thresholds of the pack as it is.
     */
    public Impact options(AuditOptions o) {
        return new Impact(current, o, proposed, proposedParameters);
    }

    /** The same, the pack as it would be being {@code engine}'s (its own thresholds unless overridden). */
    public Impact proposedRules(ComplianceEngine engine) {
        return new Impact(current, options, engine, proposedParameters);
    }

    /** The same, the thresholds as they would be being the proposed pack's with {@code overrides}. */
    public Impact proposedParameters(Parameters overrides) {
        return new Impact(current, options, proposed, Optional.of(overrides));
    }

    /**
     * The options of the audit as it would be: the current ones, with the proposed thresholds when
     * given (the current overrides carry over to a proposed pack otherwise).
     */
    AuditOptions proposedOptions() {
        return proposedParameters.map(options::withParameters).orElse(options);
    }

    /**
     * Audits {@code dataset} both ways and compares.
     *
     * @throws org.dangjian.rules.InvalidParametersException if a side's thresholds are unknown or ill-typed
     * @throws org.dangjian.rules.RuleFiringLimitException if a rule keeps firing past the limit
     * @throws org.dangjian.rules.RuleFailedException if a rule's action throws
     */
    public ImpactReport run(Dataset dataset) {
        AuditOptions after = proposedOptions();
        PairedAudit.Reports reports = PairedAudit.run(dataset, current, options, proposed, after);
        return compare(dataset, reports, thresholds(current, options).inForceOn(dataset.asOf()),
                thresholds(proposed, after).inForceOn(dataset.asOf()));
    }

    private static Parameters thresholds(ComplianceEngine engine, AuditOptions o) {
        return o.parameters().map(engine.parameters()::override).orElse(engine.parameters());
    }

    private ImpactReport compare(Dataset dataset, PairedAudit.Reports reports, Parameters paramsBefore,
                                 Parameters paramsAfter) {
        AuditReport before = reports.before();
        AuditReport after = reports.after();
        Map<Finding.Key, Finding> was = byKey(before.findings());
        Map<Finding.Key, Finding> is = byKey(after.findings());
        List<Finding> appeared = after.findings().stream().filter(f -> !was.containsKey(f.key())).toList();
        List<Finding> disappeared = before.findings().stream().filter(f -> !is.containsKey(f.key())).toList();
        Language lang = options.language();

        Map<String, RuleInfo> infos = new HashMap<>();
        current.rules(dataset.asOf()).forEach(r -> infos.put(r.id(), r));
        proposed.rules(dataset.asOf()).forEach(r -> infos.put(r.id(), r));
        Set<String> ids = new TreeSet<>();
        was.keySet().forEach(k -> ids.add(k.ruleId()));
        is.keySet().forEach(k -> ids.add(k.ruleId()));
        List<ImpactReport.RuleImpact> rules = new ArrayList<>();
        Map<String, ImpactReport.Counts> byRule = tally(before, after, appeared, disappeared, Finding::ruleId);
        Map<String, Integer> reworded = new HashMap<>();
        after.findings().stream().filter(f -> was.containsKey(f.key()) && !was.get(f.key()).equals(f))
                .forEach(f -> reworded.merge(f.ruleId(), 1, Integer::sum));
        for (String id : ids) {
            RuleInfo info = infos.get(id);
            Severity severity = info != null ? info.severity() : firstSeverity(id, before, after);
            rules.add(new ImpactReport.RuleImpact(id, title(info, id, paramsAfter, lang), severity, byRule.get(id),
                    reworded.getOrDefault(id, 0)));
        }
        Map<Severity, ImpactReport.Counts> severities = tally(before, after, appeared, disappeared, Finding::severity);
        Map<Severity, ImpactReport.Counts> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, severities.getOrDefault(s, ImpactReport.Counts.NONE));
        }
        return new ImpactReport(dataset.asOf(), lang, before, after, parameterChanges(paramsBefore, paramsAfter, lang),
                rules, bySeverity, organizations(dataset, before, after, appeared, disappeared), appeared, disappeared,
                reports.derivedAgain());
    }

    private static Severity firstSeverity(String id, AuditReport before, AuditReport after) {
        return after.findings().stream().filter(f -> f.ruleId().equals(id)).findFirst()
                .or(() -> before.findings().stream().filter(f -> f.ruleId().equals(id)).findFirst())
                .map(Finding::severity).orElse(Severity.INFO);
    }

    private static String title(RuleInfo info, String id, Parameters params, Language lang) {
        if (info == null) {
            return id;
        }
        String template = lang == Language.EN && !info.titleEn().isBlank() ? info.titleEn() : info.title();
        try {
            return Wording.title(template, params, lang);
        } catch (IllegalArgumentException e) {
            return template; // a title naming a parameter the other side lacks: as written
        }
    }

    private static Map<Finding.Key, Finding> byKey(List<Finding> findings) {
        Map<Finding.Key, Finding> out = new LinkedHashMap<>();
        findings.forEach(f -> out.put(f.key(), f));
        return out;
    }

    /** The counts of each group {@code by} makes, in one pass over the four lists. */
    private static <K> Map<K, ImpactReport.Counts> tally(AuditReport before, AuditReport after, List<Finding> appeared,
                                                         List<Finding> disappeared, Function<Finding, K> by) {
        Map<K, int[]> n = new HashMap<>();
        List<List<Finding>> lists = List.of(before.findings(), after.findings(), appeared, disappeared);
        for (int i = 0; i < lists.size(); i++) {
            for (Finding f : lists.get(i)) {
                n.computeIfAbsent(by.apply(f), k -> new int[4])[i]++;
            }
        }
        Map<K, ImpactReport.Counts> out = new HashMap<>();
        n.forEach((k, c) -> out.put(k, new ImpactReport.Counts(c[0], c[1], c[2], c[3])));
        return out;
    }

    private static List<ImpactReport.ParameterChange> parameterChanges(Parameters a, Parameters b, Language lang) {
        Set<String> names = new TreeSet<>(a.names());
        names.addAll(b.names());
        List<ImpactReport.ParameterChange> out = new ArrayList<>();
        for (String n : names) {
            Optional<String> x = a.has(n) ? Optional.of(a.display(n, lang)) : Optional.empty();
            Optional<String> y = b.has(n) ? Optional.of(b.display(n, lang)) : Optional.empty();
            if (!Objects.equals(a.has(n) ? a.raw(n) : null, b.has(n) ? b.raw(n) : null)) {
                out.add(new ImpactReport.ParameterChange(n, x, y));
            }
        }
        return out;
    }

    /** Every organization in the tree's order, with its own counts and its subtree's. */
    private static List<ImpactReport.OrgImpact> organizations(Dataset dataset, AuditReport before, AuditReport after,
                                                              List<Finding> appeared, List<Finding> disappeared) {
        Map<String, ImpactReport.Counts> found = tally(before, after, appeared, disappeared, Finding::organizationId);
        Map<String, ImpactReport.Counts> own = new HashMap<>();
        for (Organization o : dataset.organizations()) {
            own.put(o.id(), found.getOrDefault(o.id(), ImpactReport.Counts.NONE));
        }
        Map<String, List<Organization>> children = new LinkedHashMap<>();
        List<Organization> roots = new ArrayList<>();
        for (Organization o : dataset.organizations()) {
            Optional<String> parent = o.parentId().filter(p -> own.containsKey(p) && !p.equals(o.id()));
            if (parent.isPresent()) {
                children.computeIfAbsent(parent.get(), k -> new ArrayList<>()).add(o);
            } else {
                roots.add(o);
            }
        }
        List<ImpactReport.OrgImpact> out = new ArrayList<>();
        roots.forEach(r -> walk(r, children, own, out));
        return out;
    }

    /** Adds {@code o} and those below it, parents first; returns the subtree's counts. */
    private static ImpactReport.Counts walk(Organization o, Map<String, List<Organization>> children,
                                            Map<String, ImpactReport.Counts> own, List<ImpactReport.OrgImpact> out) {
        int at = out.size();
        out.add(null);
        ImpactReport.Counts subtree = own.get(o.id());
        for (Organization c : children.getOrDefault(o.id(), List.of())) {
            subtree = subtree.plus(walk(c, children, own, out));
        }
        out.set(at, new ImpactReport.OrgImpact(o.id(), o.name(), o.parentId(), own.get(o.id()), subtree));
        return subtree;
    }
}
