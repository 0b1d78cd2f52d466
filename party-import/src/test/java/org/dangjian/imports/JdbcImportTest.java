package org.dangjian.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.JdbcSource;
import org.dangjian.imports.testing.MariaDbServer;
import org.dangjian.imports.workbook.DatabaseWriter;
import org.dangjian.model.Dataset;
import org.dangjian.model.io.DatasetReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The sample district in a real MariaDB, laid out as the workbook, imports back the same. */
@ExtendWith(MariaDbServer.class)
class JdbcImportTest {

    static Dataset sample() throws Exception {
        return Datasets.withoutIdentityNumbers(DatasetReader.read(Path.of("../party-examples/sample-district.json")).dataset());
    }

    @Test
    void theSampleDistrictInMariaDbImportsBackTheSame() throws Exception {
        Dataset sample = sample();
        String url = MariaDbServer.get().createDatabase("sample");
        try (Connection c = DriverManager.getConnection(url, MariaDbServer.USER, MariaDbServer.PASSWORD)) {
            DatabaseWriter.write(sample, c);
        }
        ImportResult result;
        try (JdbcSource source = new JdbcSource(url, MariaDbServer.USER, MariaDbServer.PASSWORD.toCharArray())) {
            result = Importer.run(source, MappingReader.builtIn("workbook"), Importer.Options.DEFAULT);
        }
        assertTrue(result.report().rejected().isEmpty(), () -> ImportReports.text(result.report()));
        assertEquals(sample, result.dataset().orElseThrow(), () -> DatasetDiff.of(sample, result.dataset().orElseThrow()));
    }
}
