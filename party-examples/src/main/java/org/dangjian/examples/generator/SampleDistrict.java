package org.dangjian.examples.generator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.DatasetWriter;

/**
 * The sample district (示例城区) of {@code party-examples/sample-district.json}: a clean district
 * from the {@link DistrictGenerator} (no violations planted), into which {@link SampleInjections}
 * puts one named violation of every catalog rule, so that each rule of the built-in pack fires
 * somewhere and most organizations stay clean.
 *
 * <pre>
 * SampleDistrict party-examples/sample-district.json
 * </pre>
 */
public final class SampleDistrict {

    /** The sample's settings: 1800 members as of the end of 2020, no planted faults, two rectifications. */
    public static final GeneratorConfig CONFIG = new GeneratorConfig(1800, 2020, LocalDate.of(2020, 12, 31), 0,
            GeneratorConfig.DEFAULT_RECTIFICATION_SHARE);

    private SampleDistrict() {
    }

    /** The district as the generator makes it, before any injection. */
    public static Dataset clean() {
        Dataset.Builder b = Dataset.builder(CONFIG.asOf());
        for (RecordKind k : RecordKind.values()) {
            b.present(k);
        }
        new DistrictGenerator(CONFIG).generate(RecordSink.of(b));
        return b.build();
    }

    /** The sample: the clean district with every injection of {@link SampleInjections#TABLE} applied. */
    public static Dataset build() {
        Draft draft = new Draft(clean());
        SampleInjections.apply(draft);
        return draft.build();
    }

    /**
     * Writes the sample to the path given (default {@code sample-district.json}) in the canonical
     * JSON form, and beside it ({@code sample-district.xlsx}) as the project's workbook, the
     * template filled in (identity numbers left out: a workbook is imported without them).
     */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "sample-district.json");
        Dataset sample = writeJson(out);
        Path xlsx = workbookBeside(out);
        org.dangjian.imports.workbook.WorkbookWriter.write(sample, xlsx);
        System.out.println("Wrote the sample district to " + out + " and " + xlsx);
    }

    /** Writes the sample's JSON only and returns the sample. */
    static Dataset writeJson(Path out) throws IOException {
        Dataset sample = build();
        DatasetWriter.writeJson(sample, out);
        return sample;
    }

    /** {@code sample-district.xlsx} beside {@code sample-district.json}. */
    static Path workbookBeside(Path json) {
        String name = json.getFileName().toString().replaceFirst("\\.json$", "");
        return json.resolveSibling(name + ".xlsx");
    }
}
