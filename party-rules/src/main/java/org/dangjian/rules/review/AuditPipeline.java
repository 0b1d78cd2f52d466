package org.dangjian.rules.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.model.Dataset;
import org.dangjian.model.Person;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.RuleFailedException;
import org.dangjian.rules.RuleFiringLimitException;
import org.dangjian.rules.Waiver;

/**
 * The review step of an audit (审核): the engine's findings over a dataset, compared with a
 * baseline (the previous report: NEW, PERSISTING, RESOLVED), approved exceptions waived, and
 * personal names masked when asked. {@code party-audit audit} runs exactly this; an embedding
 * system runs the same.
 *
 * <pre>{@code
 * AuditPipeline.Result r = AuditPipeline.of(engine)
 *         .options(AuditOptions.DEFAULTS.withLanguage(Language.EN))
 *         .baseline(ReportJson.read(previousJson))
 *         .waivers(Waivers.read(waiversCsv, engine.rules().stream().map(RuleInfo::id).toList()))
 *         .maskNames(true)
 *         .run(dataset);
 * r.warnings().forEach(log::warn);   // waivers that name no finding, or expired
 * ReportFormat.HTML.write(r.report(), context, out);
 * }</pre>
 *
 * <p>Immutable: each setter returns a new pipeline, and one pipeline may run any number of times.
 */
public final class AuditPipeline {

    private final ComplianceEngine engine;
    private final AuditOptions options;
    private final Optional<AuditReport> baseline;
    private final Optional<List<Waiver>> waivers;
    private final boolean maskNames;

    private AuditPipeline(ComplianceEngine engine, AuditOptions options, Optional<AuditReport> baseline,
                          Optional<List<Waiver>> waivers, boolean maskNames) {
        this.engine = engine;
        this.options = options;
        this.baseline = baseline;
        this.waivers = waivers;
        this.maskNames = maskNames;
    }

    /** A pipeline of {@code engine} with the default options, no baseline, no waivers, names shown. */
    public static AuditPipeline of(ComplianceEngine engine) {
        return new AuditPipeline(Objects.requireNonNull(engine), AuditOptions.DEFAULTS, Optional.empty(),
                Optional.empty(), false);
    }

    /** The same with these audit options (language, parameters, firing limit …). */
    public AuditPipeline options(AuditOptions options) {
        return new AuditPipeline(engine, Objects.requireNonNull(options), baseline, waivers, maskNames);
    }

    /** The same, comparing every report with {@code previous}, the report of a previous audit. */
    public AuditPipeline baseline(AuditReport previous) {
        return new AuditPipeline(engine, options, Optional.of(previous), waivers, maskNames);
    }

    /** The same, waiving these approved exceptions (an empty list still reports expired ones: none). */
    public AuditPipeline waivers(List<Waiver> approved) {
        return new AuditPipeline(engine, options, baseline, Optional.of(List.copyOf(approved)), maskNames);
    }

    /** The same, masking personal names (张三 → 张*) in the report when {@code mask}. */
    public AuditPipeline maskNames(boolean mask) {
        return new AuditPipeline(engine, options, baseline, waivers, mask);
    }

    /**
     * Audits {@code dataset} and reviews the findings.
     *
     * @throws RuleFiringLimitException if a rule keeps firing past the options' limit
     * @throws RuleFailedException if a rule's action throws
     */
    public Result run(Dataset dataset) {
        AuditReport report = engine.audit(dataset, options);
        if (baseline.isPresent()) {
            report = Baseline.compare(baseline.get(), report);
        }
        List<String> warnings = new ArrayList<>();
        if (waivers.isPresent()) {
            List<Waiver> approved = waivers.get();
            report = Waivers.apply(report, approved);
            LocalDate asOf = report.asOf();
            for (Waiver w : Waivers.unused(report, approved).stream().filter(w -> !w.expiredOn(asOf)).toList()) {
                warnings.add(w.source() + ": the waiver names no finding of this audit ("
                        + w.ruleId() + ", " + w.subjectId() + w.period().map(p -> ", " + p).orElse("") + ")");
            }
            for (Waiver w : report.review().expiredWaivers()) {
                warnings.add(w.source() + ": the waiver expired on " + w.expires()
                        + " and no longer waives (" + w.ruleId() + ", " + w.subjectId() + ")");
            }
        }
        if (maskNames) {
            report = NameMasking.mask(report, dataset.people().stream().map(Person::name).toList());
        }
        return new Result(report, warnings);
    }

    /**
     * A reviewed report and the warnings of its review (a waiver that names no finding, a waiver
     * that expired), each naming the waiver's place.
     */
    public record Result(AuditReport report, List<String> warnings) {
        public Result {
            Objects.requireNonNull(report);
            warnings = List.copyOf(warnings);
        }
    }
}
