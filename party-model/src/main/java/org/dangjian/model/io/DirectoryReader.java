package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.model.RecordKind;

/**
 * Reads the directory form: {@code dataset.json}, then {@code <array>.jsonl} per record kind in
 * {@link RecordKind} order, each by a {@link JsonLinesReader}: a malformed line costs that line
 * only and the rest of the file is still checked.
 */
final class DirectoryReader {

    static final String META = "dataset.json";
    static final String SUFFIX = ".jsonl";

    private DirectoryReader() {}

    static LoadedDataset read(Path dir) throws InvalidDatasetException, IOException {
        MessageDigest sha = DatasetReader.sha256();
        DatasetAssembler a = new DatasetAssembler();
        Path meta = dir.resolve(META);
        if (regularFile(meta, a)) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(meta), sha);
                 JsonParser p = DatasetReader.JSON.createParser(in)) {
                boolean wellFormed = JsonDocumentReader.read(p, a, META + ":", false);
                in.transferTo(OutputStream.nullOutputStream());
                if (!wellFormed) {
                    throw a.malformed(dir.toString());
                }
            }
        } else if (!Files.exists(meta, LinkOption.NOFOLLOW_LINKS)) {
            a.problems.error(META, "The directory has no dataset.json; it holds the date the records are as of,"
                    + " for example {\"asOf\": \"2020-12-31\"}.");
        }
        for (RecordKind kind : RecordKind.values()) {
            Path file = dir.resolve(kind.jsonName() + SUFFIX);
            if (regularFile(file, a)) {
                a.present(kind);
                JsonLinesReader.read(file, kind, a, sha);
            } else if (kind == RecordKind.ORGANIZATIONS && !Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                a.problems.error(file.getFileName().toString(),
                        "The directory has no organizations.jsonl; every dataset needs organizations.");
            }
        }
        warnAboutStrangers(dir, a);
        return a.finish(dir.toString(), (kind, line) -> kind.jsonName() + SUFFIX + ":" + line, DatasetReader.hex(sha));
    }

    /**
     * Whether {@code file} is a regular file to read. Anything else by that name (a directory, a
     * FIFO, a device, a link to nothing) is an error, never taken for "absent"; a FIFO is not
     * opened, since opening it would wait for a writer that may never come.
     */
    private static boolean regularFile(Path file, DatasetAssembler a) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                a.problems.error(file.getFileName().toString(), "The file is a symbolic link to nothing"
                        + " (or to something that cannot be read); link it to the records or remove it.");
            }
            return false; // absent
        }
        if (attributes.isRegularFile()) {
            return true;
        }
        String what = attributes.isDirectory() ? "a directory" : attributes.isOther() ? "a FIFO, socket or device"
                : "not a regular file";
        a.problems.error(file.getFileName().toString(), "This is " + what + ", not a file of records;"
                + " the directory form needs a regular file by this name, or none.");
        return false;
    }

    /** A .jsonl file that is no record kind is probably a misspelt one: say so rather than drop it quietly. */
    private static void warnAboutStrangers(Path dir, DatasetAssembler a) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(dir)) {
            names = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(SUFFIX)).sorted().toList();
        }
        for (String n : names) {
            if (RecordKind.byJsonName(n.substring(0, n.length() - SUFFIX.length())).isEmpty()) {
                a.problems.warning(n, "The file " + n + " is not a record kind of the dataset; it is ignored.");
            }
        }
    }
}
