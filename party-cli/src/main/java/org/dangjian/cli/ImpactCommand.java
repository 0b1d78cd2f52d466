package org.dangjian.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dangjian.model.io.LoadedDataset;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.InvalidParametersException;
import org.dangjian.rules.PackException;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RuleFailedException;
import org.dangjian.rules.TrustedKeys;
import org.dangjian.rules.RuleFiringLimitException;
import org.dangjian.rules.impact.Impact;
import org.dangjian.rules.impact.ImpactFormat;
import org.dangjian.rules.impact.ImpactReport;
import org.dangjian.rules.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit impact DATASET --params NEW.properties} (and/or {@code --rules NEW_PACK}): what
 * a change of thresholds or rules would do (规则调整影响分析). Audits the dataset with the pack as
 * it is ({@code --base-rules}, {@code --base-params}; the built-in pack by default) and as it would
 * be, sharing one reading of the dataset and the facts the change does not touch, and writes the
 * findings that would appear and disappear per rule, severity and organization. Exit 0 when the
 * report is written, 2 when the dataset, a pack, the parameters or the command line is wrong.
 */
@Command(name = "impact",
        mixinStandardHelpOptions = true,
        description = {"What a change of thresholds (--params) or rules (--rules) would do to a dataset's findings: "
                + "the findings that would appear and disappear, per rule, severity and organization.",
                "Exit status 0: the report is written; 2: bad dataset, pack, parameters or command line."})
final class ImpactCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** The dataset, or a workbook, CSV files or a database to import first (with --mapping). */
    @Mixin
    SourceOptions source;

    @Option(names = "--params", paramLabel = "FILE",
            description = "The thresholds as they would be, 'name = value' lines over the pack's (e.g. trn.memberMinHours = 40).")
    Path params;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule pack as it would be, added to the built-in pack (or replacing it); without it the rules stay "
                    + "as they are. May be repeated.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--base-params", paramLabel = "FILE",
            description = "The thresholds as they are, if not the pack's own.")
    Path baseParams;

    @Option(names = "--base-rules", paramLabel = "DIR",
            description = "A rule pack as it is, added to the built-in pack (default: the built-in pack alone). May be repeated.")
    List<Path> baseRules = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "text",
            description = "text, json, html; several at once with commas and --output (default: ${DEFAULT-VALUE}).")
    List<String> formats;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write the report (default: standard output). With several formats, the base name: "
                    + "--output impact writes impact.txt, impact.json, impact.html.")
    Path output;

    @Mixin
    RequireSignedOption signing;

    @Mixin
    LanguageOption lang;

    @Mixin
    FiringLimitOption firings;

    @Mixin
    CompileCacheOption compileCache;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        List<ImpactFormat> chosen;
        try {
            chosen = formats.stream().map(ImpactFormat::parse).distinct().toList();
        } catch (IllegalArgumentException e) {
            return usageError(err, "--format: " + e.getMessage());
        }
        if (chosen.size() > 1 && output == null) {
            return usageError(err, "several formats need --output, the base name of the files to write");
        }
        Optional<String> signingProblem = signing.usageProblem();
        if (signingProblem.isPresent()) {
            return usageError(err, signingProblem.get());
        }
        if (params == null && rules.isEmpty()) {
            return usageError(err, "say what would change: --params NEW.properties, --rules NEW_PACK, or both");
        }
        for (ImpactFormat f : chosen) {
            Optional<String> refused = output == null ? Optional.empty() : ReportFiles.refusal(target(f, chosen), inputs());
            if (refused.isPresent()) {
                return usageError(err, "--output: " + refused.get());
            }
        }
        try (Progress progress = Progress.onTerminal(err)) {
            return run(progress, chosen);
        }
    }

    private int run(Progress progress, List<ImpactFormat> chosen) throws IOException {
        progress.phase("reading " + source.source);
        Optional<LoadedDataset> read = source.load(progress, spec.commandLine().getErr());
        if (read.isEmpty()) {
            return PartyAudit.INVALID;
        }
        LoadedDataset loaded = read.get();
        progress.phase("compiling the rules");
        ImpactReport report;
        try {
            // Both packs, as they are and as they would be, must pass --require-signed.
            Optional<TrustedKeys> keys = signing.keys();
            ComplianceEngine current = RulePacks.engine(baseRules, keys, progress::println);
            // Without --rules, the rules stay as they are.
            ComplianceEngine proposed = rules.isEmpty() || rules.equals(baseRules) ? current
                    : RulePacks.engine(rules, keys, progress::println);
            AuditOptions options = AuditOptions.DEFAULTS.withLanguage(lang.language).withDatasetSha256(loaded.sha256())
                    .withMaxFirings(firings.maxFirings);
            Optional<Parameters> base = RulePacks.overrides(baseParams, current);
            if (base.isPresent()) {
                options = options.withParameters(base.get());
            }
            Impact impact = Impact.of(current).options(options).proposedRules(proposed);
            Optional<Parameters> wouldBe = RulePacks.overrides(params, proposed);
            if (wouldBe.isPresent()) {
                impact = impact.proposedParameters(wouldBe.get());
            }
            progress.phase(String.format("auditing %,d records twice", loaded.dataset().size()));
            report = impact.run(loaded.dataset());
        } catch (RulePacks.Refused e) {
            progress.println("party-audit: " + e.getMessage());
            e.problems().problems().forEach(p -> progress.println("  " + p));
            return PartyAudit.INVALID;
        } catch (PackException e) {
            progress.println("party-audit: the rule pack has errors:");
            e.problems().forEach(p -> progress.println("  " + p));
            return PartyAudit.INVALID;
        } catch (InvalidParametersException e) {
            progress.println("party-audit: the parameters have errors:");
            e.problems().forEach(p -> progress.println("  " + p));
            return PartyAudit.INVALID;
        } catch (RuleFiringLimitException | RuleFailedException e) {
            progress.println("party-audit: " + e.getMessage());
            return PartyAudit.INVALID;
        }
        progress.phase("writing the report");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        for (ImpactFormat f : chosen) {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            f.write(report, buf);
            if (output == null) {
                PrintWriter out = spec.commandLine().getOut();
                out.print(buf.toString(StandardCharsets.UTF_8));
                out.flush();
            } else {
                files.put(target(f, chosen), buf.toByteArray());
            }
        }
        try {
            ReportFiles.onDisk().writeAll(files, inputs());
        } catch (ReportFiles.OutputException e) {
            progress.println("party-audit: " + e.getMessage());
            return PartyAudit.INVALID;
        }
        return PartyAudit.OK;
    }

    private Path target(ImpactFormat f, List<ImpactFormat> chosen) {
        return chosen.size() == 1 ? output : Path.of(output + "." + f.extension());
    }

    /** What this run reads, which no report may overwrite. */
    private List<Path> inputs() {
        List<Path> in = new ArrayList<>(source.inputs());
        java.util.stream.Stream.of(params, baseParams).filter(java.util.Objects::nonNull).forEach(in::add);
        return in;
    }

    private int usageError(PrintWriter err, String message) {
        err.println("party-audit: " + message);
        err.println("Try 'party-audit impact --help' for more information.");
        return PartyAudit.INVALID;
    }
}
