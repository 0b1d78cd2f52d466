package org.dangjian.imports;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.imports.mapping.Mapping;
import org.dangjian.imports.source.ImportFailure;
import org.dangjian.imports.source.TableSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a source's rows into the dataset contract through a mapping (导入), accounting for
 * every row: imported, skipped as not data, or rejected with its place and reason. The dataset
 * that comes of it is checked by the model's {@link org.dangjian.model.io.DatasetValidator};
 * a row whose records fail that check is rejected too.
 *
 * <pre>{@code
 * try (TableSource source = Sources.open(Path.of("党建数据.xlsx"), Optional.empty())) {
 *     ImportResult result = Importer.run(source, MappingReader.load("workbook"), Importer.Options.DEFAULT);
 *     result.report().rejected().forEach(...);      // sheet, row, column, value, reason
 *     result.dataset().ifPresent(dataset -> ...);   // present when no row was rejected
 * }
 * }</pre>
 */
public final class Importer {

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);

    /**
     * @param asOf      the dataset's as-of date, over the mapping's
     * @param keepGoing make a dataset of the rows that passed even when rows were rejected
     */
    public record Options(Optional<LocalDate> asOf, boolean keepGoing) {
        public static final Options DEFAULT = new Options(Optional.empty(), false);
    }

    private Importer() {}

    /**
     * Reads every table the mapping names from {@code source}.
     *
     * @throws ImportFailure when the mapping does not fit the source (a table or column missing,
     *                       no as-of date) or the source cannot be read; no row is then accounted
     */
    public static ImportResult run(TableSource source, Mapping mapping, Options options) throws ImportFailure, IOException {
        long start = System.nanoTime();
        ImportRun run = new ImportRun(source, mapping, options);
        ImportResult result = run.execute();
        LOG.debug("Imported {} rows of {} in {} ms", result.report().rowsRead(), source.name(),
                (System.nanoTime() - start) / 1_000_000);
        return result;
    }
}
