package org.dangjian.imports.source;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Opens a source by what it is: a JDBC URL, a folder or a file by its extension. */
public final class Sources {

    private Sources() {}

    /** Whether {@code source} is a JDBC URL rather than a path. */
    public static boolean isJdbc(String source) {
        return source.startsWith("jdbc:");
    }

    /** A workbook, a CSV file or a folder of CSV files. */
    public static TableSource open(Path path, Optional<Charset> encoding) throws ImportFailure {
        if (!Files.exists(path)) {
            throw new ImportFailure(path + ": no such file or folder.");
        }
        if (Files.isDirectory(path)) {
            try {
                return FolderSource.hasWorkbooks(path) ? new FolderSource(path, encoding) : new CsvSource(path, encoding);
            } catch (java.io.IOException e) {
                throw new ImportFailure(path + ": the folder cannot be read (" + e.getMessage() + ").", e);
            }
        }
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new XlsxSource(path);
        } else if (name.endsWith(".xls")) {
            return new XlsSource(path);
        } else if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvSource(path, encoding);
        }
        throw new ImportFailure(path + ": not a source the import reads; give an Excel workbook (.xlsx, .xls), "
                + "a CSV file or folder of CSV files, or a JDBC URL (jdbc:mariadb://…).");
    }
}
