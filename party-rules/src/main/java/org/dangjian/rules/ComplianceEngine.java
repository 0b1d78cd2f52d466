package org.dangjian.rules;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dangjian.model.Dataset;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.dangjian.rules.internal.AuditSession;
import org.dangjian.rules.internal.CompiledPack;
import org.dangjian.rules.internal.EngineAccess;
import org.dangjian.rules.internal.Inputs;
import org.dangjian.rules.internal.Messages;
import org.dangjian.rules.internal.PackCompiler;
import org.dangjian.rules.internal.PartitionedAudit;

/**
 * The compliance engine (合规检查引擎): a rule pack compiled once, then any number of audits.
 * Thread-safe: the compiled pack is shared, and each audit runs in a session of its own.
 *
 * <pre>{@code
 * ComplianceEngine engine = ComplianceEngine.builtIn();
 * AuditReport report = engine.audit(dataset);
 * report.findings().forEach(f -> System.out.println(f.message()));
 * }</pre>
 *
 * <p>Each audit derives facts from the records in Java (yearly training totals, activity counts
 * per period, member counts), inserts them with the records the rules match, fires the rules
 * and collects the findings they raise. Rules whose inputs the dataset lacks are not evaluated
 * and are listed with the reason.
 *
 * <p>For records that keep changing, {@link #openLive(Dataset)} opens a {@link LiveAudit}: the
 * findings follow each change, raised and cleared, and always equal a batch audit's.
 */
public final class ComplianceEngine {

    private static final Logger LOG = LoggerFactory.getLogger(ComplianceEngine.class);

    /** The built-in pack's engine, once compiled: see {@link #builtIn()}. */
    private static volatile ComplianceEngine builtIn;

    static {
        EngineAccess.set(new EngineAccess() {
            @Override
            public CompiledPack compiled(ComplianceEngine engine) {
                return engine.compiled;
            }

            @Override
            public AuditSession.Plan plan(ComplianceEngine engine, java.time.LocalDate asOf, Set<String> available,
                                          AuditOptions options) {
                return engine.plan(asOf, available, options);
            }

            @Override
            public AuditReport report(ComplianceEngine engine, Dataset dataset, AuditOptions options,
                                      AuditSession.Plan plan, List<Raised> raised,
                                      java.util.Collection<Unjudged> unjudged) {
                // Each session named its subjects from records it held: the dataset here may hold only the top's.
                return engine.report(dataset, options, plan, raised, unjudged, s -> s);
            }
        });
    }

    private final CompiledPack compiled;

    private ComplianceEngine(CompiledPack compiled) {
        this.compiled = compiled;
    }

    /** Compiles {@code pack}; every problem (file, line, column, message) comes in one exception. */
    public static ComplianceEngine compile(RulePack pack) throws PackException {
        return new ComplianceEngine(PackCompiler.compile(pack));
    }

    /**
     * The engine of the built-in pack: every rule of the requirement catalog. Compiled on the first
     * call and then shared for the life of the JVM (an engine is immutable and each audit has a
     * session of its own), so every caller after the first pays nothing.
     */
    public static ComplianceEngine builtIn() {
        ComplianceEngine e = builtIn;
        if (e == null) {
            synchronized (ComplianceEngine.class) {
                if (builtIn == null) {
                    try {
                        builtIn = compile(RulePack.builtIn());
                    } catch (PackException ex) {
                        throw new IllegalStateException("the built-in pack does not compile: " + ex.getMessage(), ex);
                    }
                }
                e = builtIn;
            }
        }
        return e;
    }

    /**
     * An engine of the same pack that runs only the rules (and cadence rows) with these IDs, and
     * derives only the facts they read: what a benchmark of a few rules, or a check of one area,
     * needs. The pack is compiled again without the other rules.
     *
     * <pre>{@code
     * ComplianceEngine dues = ComplianceEngine.builtIn().restrictedTo(Set.of("MEM-001", "MEM-002"));
     * }</pre>
     *
     * @throws IllegalArgumentException if an ID names no rule of the pack
     */
    public ComplianceEngine restrictedTo(Set<String> ruleIds) {
        List<String> unknown = ruleIds.stream().filter(id -> !compiled.rulesById().containsKey(id)).sorted().toList();
        if (!unknown.isEmpty() || ruleIds.isEmpty()) {
            throw new IllegalArgumentException("no rule " + (unknown.isEmpty() ? "named" : String.join(", ", unknown))
                    + " in pack " + compiled.pack().name());
        }
        try {
            return new ComplianceEngine(PackCompiler.compile(compiled.pack(), Set.copyOf(ruleIds)));
        } catch (PackException e) {
            throw new IllegalStateException("the pack compiled once and not again: " + e.getMessage(), e);
        }
    }

    /** The pack this engine runs. */
    public RulePack pack() {
        return compiled.pack();
    }

    /** Every rule of the pack (cadence rows included) by ID, in ID order. */
    public List<RuleInfo> rules() {
        return List.copyOf(compiled.rulesById().values());
    }

    /**
     * The rules in force on {@code day} (their {@code @validFrom} and {@code @validTo} cover it; a
     * rule that gives neither is always in force), by ID: what an audit whose {@code asOf} is
     * {@code day} applies. Versions of one ID are merged as in {@link #rules()}.
     */
    public List<RuleInfo> rules(java.time.LocalDate day) {
        return List.copyOf(compiled.rulesInForce(day).values());
    }

    /** The pack's default thresholds. */
    public Parameters parameters() {
        return compiled.defaults();
    }

    /** Warnings found while compiling (the pack still works). */
    public List<PackProblem> warnings() {
        return compiled.warnings();
    }

    /** The documents the pack's clauses cite ({@code sources.csv}). */
    public Sources sources() {
        return compiled.sources();
    }

    /** Audits {@code dataset} with Chinese messages and the pack's thresholds. */
    public AuditReport audit(Dataset dataset) {
        return audit(dataset, AuditOptions.DEFAULTS);
    }

    /**
     * Audits {@code dataset}.
     *
     * @throws InvalidParametersException if {@code options} override an unknown or ill-typed threshold
     * @throws RuleFiringLimitException if a rule keeps firing past {@code options.maxFirings()}
     * @throws RuleFailedException if a rule's action throws
     */
    public AuditReport audit(Dataset dataset, AuditOptions options) {
        long start = System.nanoTime();
        AuditSession.Plan plan = plan(dataset, options);
        long planned = System.nanoTime();
        boolean partitioned = PartitionedAudit.applies(compiled, dataset, options.partitioning());
        List<Unjudged> unjudged = new ArrayList<>();
        List<Raised> raised = raised(dataset, options, plan, partitioned, unjudged);
        long fired = System.nanoTime();
        AuditReport report = report(dataset, options, plan, raised, unjudged);
        long end = System.nanoTime();
        LOG.debug("audit phases (ms): plan {}, rules {} ({}), findings and report {}", (planned - start) / 1_000_000,
                (fired - planned) / 1_000_000, partitioned ? "partitioned" : "one session", (end - fired) / 1_000_000);
        LOG.info("audited {} records: {} findings in {} ms", dataset.size(), report.findings().size(),
                (end - start) / 1_000_000);
        return report;
    }

    /** The report from the findings the sessions raised and the subjects they could not judge. */
    private AuditReport report(Dataset dataset, AuditOptions options, AuditSession.Plan plan, List<Raised> raised,
                               java.util.Collection<Unjudged> unjudged) {
        return report(dataset, options, plan, raised, unjudged, s -> named(s, dataset));
    }

    /** The same, each subject not judged named by {@code naming}. */
    private AuditReport report(Dataset dataset, AuditOptions options, AuditSession.Plan plan, List<Raised> raised,
                               java.util.Collection<Unjudged> unjudged, java.util.function.UnaryOperator<Subject> naming) {
        options.progress().stage("findings", 0, 1);
        List<Finding> findings = toFindings(raised, messages(options.language(), plan.parameters()));
        return report(dataset, options, plan, findings, notJudged(unjudged, naming));
    }

    /** The findings the rules raise, as facts, before they are merged (a fact raised in two subtrees comes twice). */
    List<Raised> raised(Dataset dataset, AuditOptions options, AuditSession.Plan plan, boolean partitioned) {
        return raised(dataset, options, plan, partitioned, new ArrayList<>());
    }

    /** The findings the rules raise, as facts; the subjects they could not judge are added to {@code unjudged}. */
    List<Raised> raised(Dataset dataset, AuditOptions options, AuditSession.Plan plan, boolean partitioned,
                        List<Unjudged> unjudged) {
        if (partitioned) {
            return PartitionedAudit.run(compiled, dataset, plan, options.maxFirings(), options.progress(), unjudged);
        }
        long start = System.nanoTime();
        options.progress().stage("deriving facts", 0, 1);
        try (AuditSession session = AuditSession.batch(compiled, dataset, plan, options.maxFirings())) {
            LOG.debug("session loaded in {} ms", (System.nanoTime() - start) / 1_000_000);
            options.progress().stage("rules", 0, 1);
            session.fire();
            unjudged.addAll(session.unjudged());
            return session.raised();
        }
    }

    /**
     * The subjects not judged, one per (rule, subject) with the fields missing for it, in the
     * report's order (rule, organization, subject); a subject seen by two sessions comes once.
     */
    static List<AuditReport.NotJudged> notJudged(java.util.Collection<Unjudged> unjudged, Dataset dataset) {
        return notJudged(unjudged, s -> named(s, dataset));
    }

    private static List<AuditReport.NotJudged> notJudged(java.util.Collection<Unjudged> unjudged,
                                                         java.util.function.UnaryOperator<Subject> naming) {
        Map<String, AuditReport.NotJudged> byKey = new TreeMap<>();
        for (Unjudged u : unjudged) {
            Subject s = naming.apply(u.subject());
            // Rule, organization, subject: the report's order; NUL never occurs in an id.
            String key = u.ruleId() + '\0' + s.organizationId() + '\0' + s.id();
            AuditReport.NotJudged before = byKey.get(key);
            java.util.TreeSet<String> fields = new java.util.TreeSet<>(u.fields());
            if (before != null) {
                fields.addAll(before.fields());
            }
            byKey.put(key, new AuditReport.NotJudged(u.ruleId(), s.type(), s.id(), s.name(), s.organizationId(),
                    List.copyOf(fields)));
        }
        return List.copyOf(byKey.values());
    }

    /** {@code s} with its name as {@code dataset} gives it now (a live audit's names change without the rule firing again). */
    private static Subject named(Subject s, Dataset dataset) {
        java.util.Optional<String> name = switch (s.type()) {
            case ORGANIZATION -> dataset.organization(s.id()).map(org.dangjian.model.Organization::name);
            case PERSON -> dataset.person(s.id()).map(org.dangjian.model.Person::name);
            case HOST_UNIT -> dataset.hostUnit(s.id()).map(org.dangjian.model.HostUnit::name);
        };
        return new Subject(s.type(), s.id(), name.orElse(s.id()), s.organizationId());
    }

    /**
     * Opens a live audit of {@code dataset} with Chinese messages and the pack's thresholds.
     *
     * @see LiveAudit
     */
    public LiveAudit openLive(Dataset dataset) {
        return openLive(dataset, AuditOptions.DEFAULTS);
    }

    /**
     * Opens a live audit (实时审计) of {@code dataset}: apply changes to its records and the
     * findings follow, raised and cleared, without a new audit of everything. The options'
     * {@code datasetSha256} is ignored (the dataset changes); close the audit when done.
     *
     * <pre>{@code
     * try (LiveAudit live = engine.openLive(dataset)) {
     *     live.addListener(e -> System.out.println(e.kind() + " " + e.finding().message()));
     *     live.apply(Change.add(activity), Change.asOf(LocalDate.of(2020, 4, 1)));
     *     List<Finding> now = live.findings();
     * }
     * }</pre>
     *
     * @throws InvalidParametersException if {@code options} override an unknown or ill-typed threshold
     * @throws RuleFiringLimitException if a rule keeps firing past {@code options.maxFirings()}
     * @throws RuleFailedException if a rule's action throws
     */
    public LiveAudit openLive(Dataset dataset, AuditOptions options) {
        return new LiveAudit(this, dataset, options);
    }

    CompiledPack compiled() {
        return compiled;
    }

    /** What an audit of {@code dataset} evaluates, and with which thresholds. */
    AuditSession.Plan plan(Dataset dataset, AuditOptions options) {
        return plan(dataset.asOf(), Inputs.available(dataset), options);
    }

    /** The same, for a dataset as of {@code day} offering {@code available} inputs. */
    private AuditSession.Plan plan(java.time.LocalDate day, Set<String> available, AuditOptions options) {
        Parameters params = options.parameters().map(compiled.defaults()::override).orElse(compiled.defaults())
                .inForceOn(day);
        Map<String, String> notEvaluated = new TreeMap<>();
        Set<String> skippedRuleNames = new HashSet<>();
        Map<String, RuleInfo> inForce = compiled.rulesInForce(day);
        compiled.rulesByName().forEach((name, info) -> {
            if (!info.validity().covers(day)) {
                skippedRuleNames.add(name); // another version of its ID, if any, judges this day
                return;
            }
            Inputs.missing(info.requires(), available, options.language()).ifPresent(why -> {
                skippedRuleNames.add(name);
                if (!compiled.cadenceRuleNames().contains(name)) {
                    notEvaluated.put(info.id(), why);
                }
            });
        });
        for (RuleInfo info : inForce.values()) {
            Inputs.missing(info.requires(), available, options.language()).ifPresent(why -> notEvaluated.put(info.id(), why));
        }
        for (RuleInfo info : compiled.rulesById().values()) {
            if (!inForce.containsKey(info.id())) {
                notEvaluated.put(info.id(), Wording.notInForce(info.validity(), day, options.language()));
            }
        }
        return new AuditSession.Plan(params, Set.copyOf(available), Map.copyOf(notEvaluated), Set.copyOf(skippedRuleNames));
    }

    /** The report of an audit of {@code dataset} that found {@code findings} (in the contract's order). */
    AuditReport report(Dataset dataset, AuditOptions options, AuditSession.Plan plan, List<Finding> findings) {
        return report(dataset, options, plan, findings, List.of());
    }

    /** The same, with the subjects the rules could not judge for a field the dataset leaves out. */
    AuditReport report(Dataset dataset, AuditOptions options, AuditSession.Plan plan, List<Finding> findings,
                       List<AuditReport.NotJudged> notJudged) {
        Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
        Map<String, Integer> byRule = new TreeMap<>();
        for (Finding f : findings) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
            byRule.merge(f.ruleId(), 1, Integer::sum);
        }
        Map<String, String> notEvaluated = new TreeMap<>(plan.notEvaluated());
        List<String> evaluated = compiled.rulesById().keySet().stream().filter(id -> !notEvaluated.containsKey(id)).toList();
        List<AuditReport.NotEvaluated> skipped = new ArrayList<>();
        notEvaluated.forEach((id, why) -> skipped.add(new AuditReport.NotEvaluated(id, why)));
        return new AuditReport(dataset.asOf(),
                new AuditReport.PackInfo(compiled.pack().name(), compiled.pack().version(), compiled.pack().sha256(),
                        compiled.pack().signatures()),
                new AuditReport.DatasetInfo(options.datasetSha256().orElseGet(() -> sha256(dataset))),
                new AuditReport.Summary(bySeverity, byRule, evaluated, skipped, notJudged, inForce(dataset.asOf(), options)),
                findings, options.language());
    }

    /** The versions applied of the rules and parameters that carry dates: those in force on {@code day}. */
    private AuditReport.InForce inForce(java.time.LocalDate day, AuditOptions options) {
        List<AuditReport.RuleVersion> rules = new ArrayList<>();
        Set<String> dated = new java.util.TreeSet<>();
        compiled.rulesByName().values().stream().filter(r -> r.validity().dated()).forEach(r -> dated.add(r.id()));
        for (RuleInfo r : compiled.rulesByName().values()) {
            if (dated.contains(r.id()) && r.validity().covers(day)) {
                rules.add(new AuditReport.RuleVersion(r.id(), r.validity(), r.source()));
            }
        }
        rules.sort(java.util.Comparator.comparing(AuditReport.RuleVersion::ruleId).thenComparing(AuditReport.RuleVersion::source));
        Parameters params = options.parameters().map(compiled.defaults()::override).orElse(compiled.defaults());
        return new AuditReport.InForce(rules, params.versionsOn(day));
    }

    /** Findings in the contract's order, one per (ruleId, subjectId, period): the most severe wins. */
    static List<Finding> toFindings(List<Raised> raised, Messages messages) {
        List<Finding> all = new ArrayList<>(raised.size());
        for (Raised r : raised) {
            all.add(messages.finding(r));
        }
        return ordered(all);
    }

    /** How this pack's findings are written in {@code lang} with thresholds {@code params}. */
    Messages messages(Language lang, Parameters params) {
        return new Messages(lang, params, compiled.sources(), compiled.rulesById());
    }

    /**
     * The report's order of findings, made total (two findings of one key: the message, then every
     * field decides). Why the two shortcuts: an ordered tree compares a finding with itself on its
     * first insertion, and a finding's whole text (its evidence may list every member of a
     * district) is the dearest field to compare; equal findings have equal texts, so {@code equals}
     * decides the same, cheaper.
     */
    static final java.util.Comparator<Finding> TOTAL_ORDER = AuditReport.ORDER.thenComparing(Finding::message)
            .thenComparing((a, b) -> a == b || a.equals(b) ? 0 : a.toString().compareTo(b.toString()));

    /**
     * {@code findings} in the contract's order, one per (ruleId, subjectId, period): the most
     * severe wins. Ties are broken by the whole finding, so the order never depends on the order
     * in which the session listed the facts.
     */
    static List<Finding> ordered(java.util.Collection<Finding> findings) {
        List<Finding> all = new ArrayList<>(findings);
        all.sort(TOTAL_ORDER);
        Map<Finding.Key, Finding> unique = new LinkedHashMap<>();
        for (Finding f : all) {
            unique.putIfAbsent(f.key(), f);
        }
        return List.copyOf(unique.values());
    }

    /** SHA-256 of the records in their canonical text form, for datasets built in memory. */
    static String sha256(Dataset dataset) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(dataset.asOf().toString().getBytes(StandardCharsets.UTF_8));
            for (Object r : dataset.allRecords()) {
                md.update(r.toString().getBytes(StandardCharsets.UTF_8));
                md.update((byte) '\n');
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
