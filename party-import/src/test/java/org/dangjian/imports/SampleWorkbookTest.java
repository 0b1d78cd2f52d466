package org.dangjian.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.Sources;
import org.dangjian.imports.source.TableSource;
import org.dangjian.imports.workbook.WorkbookWriter;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleWorkbookTest {

    @TempDir
    Path tmp;

    @Test
    void theSampleDistrictWrittenAsAWorkbookImportsBackTheSame() throws Exception {
        Dataset sample = Datasets.withoutIdentityNumbers(DatasetReader.read(Path.of("../party-examples/sample-district.json")).dataset());
        Path xlsx = tmp.resolve("sample.xlsx");
        long t0 = System.nanoTime();
        WorkbookWriter.write(sample, xlsx);
        long t1 = System.nanoTime();
        ImportResult result;
        try (TableSource source = Sources.open(xlsx, Optional.empty())) {
            result = Importer.run(source, MappingReader.builtIn("workbook"), Importer.Options.DEFAULT);
        }
        long t2 = System.nanoTime();
        System.out.println("write " + (t1 - t0) / 1_000_000 + " ms, import " + (t2 - t1) / 1_000_000 + " ms, " + result.report().rowsRead() + " rows");
        result.report().rejected().stream().limit(10).forEach(System.out::println);
        assertTrue(result.report().rejected().isEmpty());
        assertEquals(sample, result.dataset().orElseThrow(), () -> DatasetDiff.of(sample, result.dataset().orElseThrow()));
    }
}
