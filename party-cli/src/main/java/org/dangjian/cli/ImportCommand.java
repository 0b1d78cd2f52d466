package org.dangjian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dangjian.imports.ImportResult;
import org.dangjian.model.io.DatasetWriter;
import org.dangjian.rules.report.ReportFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit import SOURCE --mapping MAPPING --output DIR}: imports a workbook, CSV files
 * or a database into the dataset contract's directory form (导入), printing what became of every
 * row. The same source gives the same bytes. Exit 0 when the dataset was written, 2 when a row was
 * rejected (and not --keep-going), the mapping does not fit or the records do not hang together:
 * then no dataset is written.
 */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {"Imports a workbook, CSV files or a database through a mapping into a dataset (directory form).",
                "Every row is accounted for: rows read = imported + skipped + rejected.",
                "Exit status 0: the dataset was written; 2: a row was rejected (without --keep-going), the mapping "
                        + "does not fit the source, or the command line is wrong; then no dataset is written."})
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    SourceOptions source;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
            description = "The directory to write the dataset to (dataset.json and one .jsonl file per record kind).")
    Path output;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the import report as JSON: the counts, every skipped and rejected row, the warnings.")
    Path report;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Path target = output.toAbsolutePath().normalize();
        if (source.inputs().stream().anyMatch(p -> p.toAbsolutePath().normalize().equals(target))) {
            out.println("party-audit: --output " + output + " is an input of this import; write the dataset elsewhere.");
            return PartyAudit.INVALID;
        }
        Optional<ImportResult> result = source.importNow(out, false);
        if (result.isEmpty()) {
            return PartyAudit.INVALID;
        }
        if (report != null) {
            Map<Path, byte[]> files = new LinkedHashMap<>();
            files.put(report, SourceOptions.json(result.get()));
            try {
                ReportFiles.onDisk().writeAll(files, source.inputs()); // never over an input
            } catch (ReportFiles.OutputException e) {
                out.println("party-audit: " + e.getMessage());
                return PartyAudit.INVALID;
            }
        }
        if (result.get().dataset().isEmpty()) {
            return PartyAudit.INVALID;
        }
        Files.createDirectories(output);
        DatasetWriter.writeDirectory(result.get().dataset().get(), output);
        out.println("party-audit: the dataset is in " + output);
        return PartyAudit.OK;
    }
}
