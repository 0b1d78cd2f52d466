package org.dangjian.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dangjian.model.io.LoadedDataset;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.InvalidParametersException;
import org.dangjian.rules.review.InvalidWaiversException;
import org.dangjian.rules.Language;
import org.dangjian.rules.PackException;
import org.dangjian.rules.TrustedKeys;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RuleFailedException;
import org.dangjian.rules.RuleFiringLimitException;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Waiver;
import org.dangjian.rules.review.Waivers;
import org.dangjian.rules.report.ReportFiles;
import org.dangjian.rules.report.ReportContext;
import org.dangjian.rules.report.ReportFormat;
import org.dangjian.rules.review.AuditPipeline;
import org.dangjian.rules.report.ReportJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit audit DATASET}: runs the built-in pack (and any {@code --rules} packs) over a
 * dataset and writes the report (审计), in one format or several. A previous report as
 * {@code --baseline} marks findings NEW or PERSISTING and lists the RESOLVED ones; {@code --waivers}
 * waives approved exceptions; {@code --mask-names} masks personal names in every format.
 * Exit 0 when no finding counts against {@code --fail-on}, 1 when one does, 2 when the dataset, a
 * pack, the parameters, the baseline, the waivers or the command line is wrong — and then nothing
 * but the errors is written.
 */
@Command(name = "audit",
        mixinStandardHelpOptions = true,
        description = {"Audits a dataset against the built-in rule pack and writes the report.",
                "Exit status 0: no finding counts against --fail-on; 1: at least one does (waived findings never do; "
                        + "with --fail-on-new only NEW ones do); 2: bad dataset, pack, baseline, waivers or command line."})
final class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The dataset, or a workbook, CSV files or a database to import first (with --mapping). */
    @picocli.CommandLine.Mixin
    SourceOptions source;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text",
            description = "text, json, csv, html, sarif, junit; several at once with commas (html,json) and --output "
                    + "(default: ${DEFAULT-VALUE}).")
    List<ReportFormat> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the report (default: standard output). With several formats, the base name: "
                    + "--output report writes report.html, report.json … (txt, json, csv, html, sarif, xml for junit).")
    Path output;

    @Option(names = "--baseline", paramLabel = "PREVIOUS.json",
            description = "A previous JSON report: each finding is marked NEW or PERSISTING, and those of the previous "
                    + "report that are gone are listed as RESOLVED.")
    Path baseline;

    @Option(names = "--fail-on-new",
            description = "Only NEW findings (not in --baseline) count against --fail-on; needs --baseline.")
    boolean failOnNew;

    @Option(names = "--waivers", paramLabel = "FILE",
            description = "Approved exceptions, CSV (ruleId,subjectId,period,justification,approvedBy,expires) or JSON. "
                    + "A waived finding is reported as waived and does not fail the run, until its expires date "
                    + "(compared with the dataset's asOf).")
    Path waivers;

    @Option(names = "--mask-names",
            description = "Mask personal names in every format: the first character, then * for each other (张三 → 张*).")
    boolean maskNames;

    @Option(names = "--params", paramLabel = "FILE",
            description = "Thresholds overriding the pack's, as 'name = value' lines (e.g. trn.memberMinHours = 40).")
    Path params;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule pack (directory or jar) to add to the built-in pack, or to replace it when its "
                    + "descriptor says mode = replaces. May be repeated.")
    List<Path> rules = new ArrayList<>();

    @Mixin
    RequireSignedOption signing;

    @Mixin
    CompileCacheOption compileCache;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "HIGH",
            description = "Exit with 1 when a finding is at or above this severity: ${COMPLETION-CANDIDATES} "
                    + "(default: ${DEFAULT-VALUE}). Waived findings never count; with --fail-on-new only NEW ones do.")
    Severity failOn;

    @Mixin
    LanguageOption lang;

    @Mixin
    FiringLimitOption firings;

    @Option(names = "--partitioning", paramLabel = "MODE", defaultValue = "auto",
            description = "auto: large datasets (10,000 members or more) are audited subtree by subtree in parallel "
                    + "sessions, which needs less memory; subtrees: always; single: one session. The findings are "
                    + "the same (default: ${DEFAULT-VALUE}).")
    String partitioning;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Severity threshold = failOn;
        Language language = lang.language;
        List<ReportFormat> chosen = formats.stream().distinct().toList();
        if (chosen.size() > 1 && output == null) {
            return usageError(err, "several formats need --output, the base name of the files to write");
        }
        AuditOptions.Partitioning sessions = switch (partitioning) {
            case "auto" -> AuditOptions.Partitioning.AUTO;
            case "subtrees" -> AuditOptions.Partitioning.SUBTREES;
            case "single" -> AuditOptions.Partitioning.SINGLE_SESSION;
            default -> null;
        };
        if (sessions == null) {
            return usageError(err, "--partitioning must be auto, subtrees or single, not '" + partitioning + "'");
        }
        Optional<String> signingProblem = signing.usageProblem();
        if (signingProblem.isPresent()) {
            return usageError(err, signingProblem.get());
        }
        if (failOnNew && baseline == null) {
            return usageError(err, "--fail-on-new needs --baseline, the previous report that tells which findings are new");
        }
        for (ReportFormat f : chosen) {
            // checked before the audit: a mistyped --output costs no audit, and never overwrites an input
            java.util.Optional<String> refused = output == null ? java.util.Optional.empty()
                    : ReportFiles.refusal(target(f, chosen), inputs());
            if (refused.isPresent()) {
                return usageError(err, "--output: " + refused.get());
            }
        }
        try (Progress progress = Progress.onTerminal(err)) {
            return run(progress, threshold, language, chosen, sessions);
        }
    }

    private int run(Progress progress, Severity threshold, Language language, List<ReportFormat> chosen,
                    AuditOptions.Partitioning sessions)
            throws IOException {
        progress.phase("reading " + source.source);
        Optional<LoadedDataset> read = source.load(progress, spec.commandLine().getErr());
        if (read.isEmpty()) {
            return PartyAudit.INVALID;
        }
        LoadedDataset loaded = read.get();

        progress.phase("compiling the rules");
        ComplianceEngine engine;
        AuditOptions options = AuditOptions.DEFAULTS.withLanguage(language).withDatasetSha256(loaded.sha256())
                .withMaxFirings(firings.maxFirings).withPartitioning(sessions);
        Optional<TrustedKeys> keys;
        try {
            keys = signing.keys();
        } catch (PackException e) {
            return refused(progress, "the trusted keys have errors:", e);
        }
        try {
            // The built-in pack alone is compiled once per JVM (a test run audits many times).
            engine = RulePacks.engine(rules, keys, progress::println);
            Optional<Parameters> overrides = RulePacks.overrides(params, engine); // checked now, before any rule runs
            if (overrides.isPresent()) {
                options = options.withParameters(overrides.get());
            }
        } catch (RulePacks.Refused e) {
            return refused(progress, e.getMessage(), e.problems());
        } catch (PackException e) {
            progress.println("party-audit: the rule pack has errors:");
            e.problems().forEach(p -> progress.println("  " + p));
            return PartyAudit.INVALID;
        } catch (InvalidParametersException e) {
            progress.println("party-audit: the parameters have errors:");
            e.problems().forEach(p -> progress.println("  " + p));
            return PartyAudit.INVALID;
        }

        AuditReport previous = null;
        if (baseline != null) {
            try (InputStream in = Files.newInputStream(baseline)) {
                previous = ReportJson.read(in);
            } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
                progress.println("party-audit: the baseline: " + PartyAudit.describe(e));
                return PartyAudit.INVALID;
            } catch (IOException e) {
                progress.println("party-audit: the baseline " + baseline + " is not a JSON report of party-audit:");
                progress.println("  " + e.getMessage());
                return PartyAudit.INVALID;
            }
        }
        List<Waiver> approved = List.of();
        if (waivers != null) {
            try {
                approved = Waivers.read(waivers, engine.rules().stream().map(RuleInfo::id).toList());
            } catch (InvalidWaiversException e) {
                progress.println("party-audit: the waivers have errors:");
                e.problems().forEach(p -> progress.println("  " + p));
                return PartyAudit.INVALID;
            }
        }

        String auditing = String.format("auditing %,d records", loaded.dataset().size());
        progress.phase(auditing);
        options = options.withProgress((stage, done, total) -> progress.phase(
                total > 1 ? String.format("%s: %s %d/%d", auditing, stage, done, total) : auditing + ": " + stage));
        AuditPipeline pipeline = AuditPipeline.of(engine).options(options).maskNames(maskNames);
        if (previous != null) {
            pipeline = pipeline.baseline(previous);
        }
        if (waivers != null) {
            pipeline = pipeline.waivers(approved);
        }
        AuditReport report;
        try {
            AuditPipeline.Result reviewed = pipeline.run(loaded.dataset());
            reviewed.warnings().forEach(w -> progress.println("party-audit: warning: " + w));
            report = reviewed.report();
        } catch (RuleFiringLimitException | RuleFailedException e) {
            // A rule of a pack that loops or throws is the pack's error: name the rule, not a stack trace.
            progress.println("party-audit: " + e.getMessage());
            return PartyAudit.INVALID;
        }

        progress.phase("writing the report");
        ReportContext context = ReportContext.of(loaded.dataset().organizations().stream()
                .map(o -> new ReportContext.OrgUnit(o.id(), o.name(), o.parentId())).toList(), engine.rules())
                .withPack(options.parameters().map(engine.parameters()::override).orElse(engine.parameters()), engine.sources());
        // The dataset is not needed from here on: let it go before the report is put into bytes
        // (at a million members the records are half of a 2 GB heap, the report's bytes a quarter).
        read = null;
        loaded = null;
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (ReportFormat f : chosen) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            f.write(report, context, buf);
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(buf.toString(StandardCharsets.UTF_8));
                out.flush();
            } else {
                files.put(target(f, chosen), buf.toByteArray());
            }
        }
        try {
            ReportFiles.onDisk().writeAll(files, inputs()); // all or none; never over an input or a device
        } catch (ReportFiles.OutputException e) {
            progress.println("party-audit: " + e.getMessage());
            return PartyAudit.INVALID;
        }
        return report.failing(threshold, failOnNew).isEmpty() ? PartyAudit.OK : PartyAudit.FINDINGS;
    }

    /** The file {@code --output} names for format {@code f}: itself, or with the format's extension when several. */
    private Path target(ReportFormat f, List<ReportFormat> chosen) {
        return chosen.size() == 1 ? output : Path.of(output + "." + f.extension());
    }

    /** What this run reads and a report must never overwrite (a baseline may be: it is read before). */
    private List<Path> inputs() {
        List<Path> in = new ArrayList<>(source.inputs());
        java.util.stream.Stream.of(params, waivers).filter(java.util.Objects::nonNull).forEach(in::add);
        return in;
    }

    private static int refused(Progress progress, String headline, PackException e) {
        progress.println("party-audit: " + headline);
        e.problems().forEach(p -> progress.println("  " + p));
        return PartyAudit.INVALID;
    }

    private int usageError(PrintWriter err, String message) {
        err.println("party-audit: " + message);
        err.println("Try 'party-audit audit --help' for more information.");
        return PartyAudit.INVALID;
    }
}
