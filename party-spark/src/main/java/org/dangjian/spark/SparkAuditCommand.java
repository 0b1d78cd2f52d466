package org.dangjian.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.dangjian.model.io.InvalidDatasetException;
import org.dangjian.model.io.Problem;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.InvalidParametersException;
import org.dangjian.rules.Language;
import org.dangjian.rules.PackException;
import org.dangjian.rules.RulePack;
import org.dangjian.rules.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code party-spark audit DATASET --output DIR}: the audit, its options as {@code party-audit audit}'s. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"Audits a dataset in the directory form (JSON Lines or Parquet per record kind) on Spark.",
                "Writes DIR/report.json, DIR/findings.jsonl and DIR/findings.parquet.",
                "Exit status: 0 no finding at or above --fail-on; 1 some; 2 bad dataset, pack, parameters or command line;",
                "3 the job failed otherwise (Spark gave up on a task after its retries)."})
final class SparkAuditCommand implements Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SparkOptions spark;

    @Parameters(index = "0", paramLabel = "DATASET",
            description = "The dataset's directory: a local path or any file system Spark reads (hdfs://, s3a://).")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "A new directory for the report and findings (never an existing one).")
    String output;

    @Option(names = "--rules", paramLabel = "DIR",
            description = "A rule pack (directory or jar) to add to the built-in pack, or to replace it when its "
                    + "descriptor says mode=replaces; repeatable.")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--params", paramLabel = "FILE",
            description = "Thresholds overriding the pack's, as 'name = value' lines (e.g. trn.memberMinHours = 40).")
    Path params;

    @Option(names = "--as-of", paramLabel = "DATE", description = "Audit as of this date (截至日期), over the dataset's own.")
    LocalDate asOf;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "zh",
            description = "Language of the findings' messages: zh or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "HIGH",
            description = "Exit 1 when a finding is at or above this severity (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "10000000",
            description = "Stop a session whose rules fire more than N times (a rule that loops).")
    long maxFirings;

    @Option(names = "--members-per-task", paramLabel = "N", defaultValue = "5000",
            description = "About how many members one task audits (a subtree is never split; default: ${DEFAULT-VALUE}).")
    int membersPerTask;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Language language;
        Severity threshold;
        try {
            language = Language.parse(lang);
            threshold = Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            return usage(err, e.getMessage());
        }
        if (membersPerTask < 1) {
            return usage(err, "--members-per-task must be at least 1");
        }
        JobSettings settings;
        try {
            settings = settings(language);
        } catch (PackException e) {
            err.println("party-spark: the rule pack has errors:");
            e.problems().forEach(p -> err.println("  " + p));
            return PartySpark.INVALID;
        } catch (IOException e) {
            err.println("party-spark: cannot read " + e.getMessage());
            return PartySpark.INVALID;
        }
        try (SparkOptions.Session run = spark.session()) {
            SparkSession session = run.spark();
            if (!AuditOutput.free(session, output)) {
                return usage(err, "--output " + output + " exists; name a new directory");
            }
            AuditJob.Outcome o = new AuditJob(session, settings, Optional.ofNullable(asOf), membersPerTask).run(input);
            o.warnings().forEach(w -> err.println("party-spark: warning: " + w));
            AuditOutput.write(session, o.report(), output);
            AuditReport r = o.report();
            err.printf("party-spark: %,d findings in %s (%d groups of subtrees and the top)%n", r.findings().size(),
                    output, o.groups());
            return r.failing(threshold, false).isEmpty() ? PartySpark.OK : PartySpark.FINDINGS;
        } catch (InvalidDatasetException e) {
            err.println("party-spark: " + e.getMessage());
            e.errors().forEach(p -> err.println("  " + p));
            e.warnings().forEach(p -> err.println("  warning: " + p));
            return PartySpark.INVALID;
        } catch (PackException e) {
            err.println("party-spark: the rule pack has errors:");
            e.problems().forEach(p -> err.println("  " + p));
            return PartySpark.INVALID;
        } catch (InvalidParametersException e) {
            err.println("party-spark: the parameters have errors:");
            e.problems().forEach(p -> err.println("  " + p));
            return PartySpark.INVALID;
        } catch (AuditJob.JobFailure e) {
            err.println("party-spark: " + e.getMessage());
            return PartySpark.INVALID;
        } catch (IOException e) {
            err.println("party-spark: " + e.getMessage());
            return PartySpark.INVALID;
        }
    }

    /** The packs' files and the parameters' text, read here so that every executor gets them. */
    private JobSettings settings(Language language) throws PackException, IOException {
        List<SortedMap<String, String>> packs = new ArrayList<>();
        for (Path dir : rules) {
            packs.add(RulePack.load(dir).files());
        }
        String text = params == null ? "" : Files.readString(params, StandardCharsets.UTF_8);
        return new JobSettings(packs, text, params == null ? "" : params.toString(), language, maxFirings);
    }

    private int usage(PrintWriter err, String message) {
        err.println("party-spark: " + message);
        err.println("Try 'party-spark audit --help' for more information.");
        return PartySpark.INVALID;
    }
}
