package org.dangjian.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dangjian.imports.ImportReports;
import org.dangjian.imports.ImportResult;
import org.dangjian.imports.Importer;
import org.dangjian.imports.mapping.Mapping;
import org.dangjian.imports.mapping.MappingReader;
import org.dangjian.imports.source.ImportFailure;
import org.dangjian.imports.source.JdbcSource;
import org.dangjian.imports.source.Sources;
import org.dangjian.imports.source.TableSource;
import org.dangjian.model.io.DatasetWriter;
import org.dangjian.model.io.LoadedDataset;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The source of a command that reads records (数据来源), shared by {@code import} and {@code audit}:
 * a dataset in the contract's JSON, or what the import reads through a mapping: an Excel
 * workbook, CSV files, a database's JDBC URL. The database password comes from an environment
 * variable or a prompt, never from the command line, where {@code ps} would show it.
 */
final class SourceOptions {

    /** The environment variable holding the database password unless --password-env names another. */
    static final String PASSWORD_ENV = "PARTY_AUDIT_DB_PASSWORD";

    @Parameters(index = "0", paramLabel = "SOURCE",
            description = "A dataset (JSON file or directory form), an Excel workbook (.xlsx, .xls), a CSV file or "
                    + "folder of CSV files, or a database's JDBC URL (jdbc:mariadb://host/db, jdbc:postgresql://…, jdbc:h2:…).")
    String source;

    @Option(names = "--mapping", paramLabel = "MAPPING",
            description = "The mapping file (YAML) that says where each record kind comes from, or a built-in mapping: "
                    + "workbook (the project's template, the default for .xlsx), roster, owip-members, owip-branches, "
                    + "owip-committees, owip-meetings, owip-activities, owip-training.")
    String mapping;

    @Option(names = "--encoding", paramLabel = "CHARSET",
            description = "The encoding of CSV files: UTF-8 or GB18030 (GBK); default: detected.")
    String encoding;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "The dataset's as-of date (截至日期), over what the mapping or the source gives.")
    String asOf;

    @Option(names = "--keep-going",
            description = "Make the dataset of the rows that passed even when rows were rejected (they are still listed).")
    boolean keepGoing;

    @Option(names = "--user", paramLabel = "USER", description = "The database user (JDBC sources).")
    String user;

    @Option(names = "--password-env", paramLabel = "NAME", defaultValue = PASSWORD_ENV,
            description = "The environment variable holding the database password (default: ${DEFAULT-VALUE}); "
                    + "when it is not set, the password is asked for on the terminal.")
    String passwordEnv;

    /** The files this source reads (none for a database), which no output may overwrite. */
    List<Path> inputs() {
        List<Path> in = new java.util.ArrayList<>();
        if (!Sources.isJdbc(source)) {
            in.add(Path.of(source));
        }
        if (mapping != null && !MappingReader.BUILT_IN.contains(mapping)) {
            in.add(Path.of(mapping));
        }
        return in;
    }

    /** Whether the source is read by the import rather than as a dataset of the contract. */
    boolean needsImport() {
        if (mapping != null || Sources.isJdbc(source)) {
            return true;
        }
        Path p = Path.of(source);
        if (Files.isDirectory(p)) {
            return !Files.exists(p.resolve("dataset.json")) && hasCsv(p);
        }
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv");
    }

    private static boolean hasCsv(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv"));
        } catch (IOException e) {
            return false;
        }
    }

    /** The mapping given, or the built-in workbook mapping. */
    Mapping mapping() throws ImportFailure, IOException {
        return MappingReader.load(mapping == null ? "workbook" : mapping);
    }

    /**
     * Imports the source, printing the account of every row to {@code err}; empty when no dataset
     * came of it (the reasons are printed).
     */
    Optional<ImportResult> importNow(PrintWriter out, boolean quietWhenClean) throws IOException {
        try {
            Importer.Options options = new Importer.Options(asOf == null ? Optional.empty() : Optional.of(LocalDate.parse(asOf)),
                    keepGoing);
            Mapping m = mapping();
            ImportResult result;
            try (TableSource s = open()) {
                result = Importer.run(s, m, options);
            }
            if (!quietWhenClean || !result.report().rejected().isEmpty() || result.dataset().isEmpty()) {
                out.print(ImportReports.text(result.report()));
            }
            if (result.dataset().isEmpty()) {
                out.println("party-audit: " + (result.report().rejected().isEmpty() ? "the imported records do not hang together"
                        : result.report().rowsRejected() + " rows were rejected") + "; no dataset was made"
                        + (result.report().rejected().isEmpty() ? "." : " (--keep-going makes one of the rows that passed)."));
            }
            out.flush();
            return Optional.of(result);
        } catch (ImportFailure e) {
            out.println("party-audit: " + e.getMessage());
            out.flush();
            return Optional.empty();
        } catch (DateTimeParseException e) {
            out.println("party-audit: --as-of " + asOf + " is not a date; write YYYY-MM-DD.");
            out.flush();
            return Optional.empty();
        }
    }

    private TableSource open() throws ImportFailure {
        if (Sources.isJdbc(source)) {
            return new JdbcSource(source, user == null ? "" : user, password());
        }
        Optional<Charset> charset = Optional.empty();
        if (encoding != null) {
            try {
                charset = Optional.of(Charset.forName(encoding));
            } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                throw new ImportFailure("--encoding " + encoding + " is not an encoding Java knows; use UTF-8 or GB18030.");
            }
        }
        return Sources.open(Path.of(source), charset);
    }

    private char[] password() throws ImportFailure {
        String fromEnv = System.getenv(passwordEnv);
        if (fromEnv != null) {
            return fromEnv.toCharArray();
        }
        java.io.Console console = System.console();
        if (console == null) {
            throw new ImportFailure("the database password: set the environment variable " + passwordEnv
                    + " (there is no terminal to ask on).");
        }
        char[] typed = console.readPassword("Password for %s: ", user == null ? source : user);
        if (typed == null) {
            throw new ImportFailure("no password was given.");
        }
        return typed;
    }

    /**
     * Reads the source as a command that audits it does: the dataset, or what the import makes of
     * the source (its rows' account printed when some were rejected). Errors and warnings go to
     * {@code progress}; empty when there is no dataset to audit (the reasons printed).
     */
    Optional<LoadedDataset> load(Progress progress, PrintWriter err) throws IOException {
        LoadedDataset loaded;
        try {
            if (needsImport()) {
                Optional<ImportResult> imported = importNow(err, true);
                if (imported.isEmpty() || imported.get().dataset().isEmpty()) {
                    return Optional.empty();
                }
                loaded = loaded(imported.get());
            } else {
                loaded = org.dangjian.model.io.DatasetReader.read(Path.of(source));
            }
        } catch (org.dangjian.model.io.InvalidDatasetException e) {
            progress.println("party-audit: " + e.getMessage());
            e.errors().forEach(p -> progress.println("  " + p));
            e.warnings().forEach(p -> progress.println("  warning: " + p));
            return Optional.empty();
        }
        for (org.dangjian.model.io.Problem w : loaded.warnings()) {
            progress.println("party-audit: warning: " + w);
        }
        return Optional.of(loaded);
    }

    /** The imported dataset as the audit takes it: its SHA-256 is that of its JSON, so the same source gives the same. */
    static LoadedDataset loaded(ImportResult result) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            DatasetWriter.writeJson(result.dataset().orElseThrow(), out);
        }
        return new LoadedDataset(result.dataset().orElseThrow(), List.of(), HexFormat.of().formatHex(sha.digest()));
    }

    static byte[] json(ImportResult result) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        ImportReports.writeJson(result.report(), buf);
        return buf.toByteArray();
    }
}
