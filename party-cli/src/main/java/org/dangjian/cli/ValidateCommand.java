package org.dangjian.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.model.io.InvalidDatasetException;
import org.dangjian.model.io.LoadedDataset;
import org.dangjian.model.io.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit validate DATASET}: reads a dataset and reports whether it can be audited
 * (数据校验), with the number of records of each kind, or every problem found.
 */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = {"Checks that a dataset can be audited: well-formed, complete, consistent.",
                "Exit status 0 when it is valid, 2 when it has errors."})
final class ValidateCommand implements Callable<Integer> {

    /** How the result is printed. */
    enum Format { text, json }

    /** Leaves the command's writer open: it is stdout. */
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DATASET", description = "A dataset JSON file, or a directory in the directory form.")
    Path dataset;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try {
            LoadedDataset loaded = DatasetReader.read(dataset);
            if (format == Format.json) {
                json(out, Optional.of(loaded.dataset()), List.of(), loaded.warnings());
            } else {
                text(out, loaded);
            }
            return PartyAudit.OK;
        } catch (InvalidDatasetException e) {
            if (format == Format.json) {
                json(out, Optional.empty(), e.errors(), e.warnings());
            } else {
                out.println(e.getMessage());
                section(out, "Errors", e.errors());
                section(out, "Warnings", e.warnings());
            }
            return PartyAudit.INVALID;
        } finally {
            out.flush();
        }
    }

    private static void text(PrintWriter out, LoadedDataset loaded) {
        Dataset d = loaded.dataset();
        out.printf("OK: a valid dataset as of %s (sha256 %s)%n", d.asOf(), loaded.sha256());
        for (RecordKind k : RecordKind.values()) {
            String count = d.has(k) ? String.valueOf(d.records(k).size()) : "absent";
            out.printf("  %-24s %8s%n", k.jsonName(), count);
        }
        section(out, "Warnings", loaded.warnings());
    }

    private static void section(PrintWriter out, String title, List<Problem> problems) {
        if (!problems.isEmpty()) {
            out.println(title + ":");
            problems.forEach(p -> out.println("  " + p));
        }
    }

    /** {@code dataset} is empty when it is invalid: there are no counts to give. */
    private static void json(PrintWriter out, Optional<Dataset> dataset, List<Problem> errors,
                             List<Problem> warnings) throws IOException {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeBooleanField("valid", dataset.isPresent());
            g.writeObjectFieldStart("counts");
            if (dataset.isPresent()) {
                for (RecordKind k : dataset.get().present()) {
                    g.writeNumberField(k.jsonName(), dataset.get().records(k).size());
                }
            }
            g.writeEndObject();
            problems(g, "errors", errors);
            problems(g, "warnings", warnings);
            g.writeEndObject();
        }
        out.println();
    }

    private static void problems(JsonGenerator g, String name, List<Problem> problems) throws IOException {
        g.writeArrayFieldStart(name);
        for (Problem p : problems) {
            g.writeStartObject();
            g.writeStringField("path", p.path());
            g.writeStringField("message", p.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }
}
