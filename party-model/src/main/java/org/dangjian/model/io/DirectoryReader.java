package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.model.RecordKind;

/**
 * Reads the directory form: {@code dataset.json}, then {@code <array>.jsonl} per record kind in
 * {@link RecordKind} order. Each line is parsed on its own, so a malformed line costs that line
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
        if (Files.isRegularFile(meta)) {
            try (InputStream in = new DigestInputStream(Files.newInputStream(meta), sha);
                 JsonParser p = DatasetReader.JSON.createParser(in)) {
                boolean wellFormed = JsonDocumentReader.read(p, a, META + ":", false);
                in.transferTo(OutputStream.nullOutputStream());
                if (!wellFormed) {
                    throw a.malformed(dir.toString());
                }
            }
        } else {
            a.problems.error(META, "The directory has no dataset.json; it holds the date the records are as of,"
                    + " for example {\"asOf\": \"2020-12-31\"}.");
        }
        for (RecordKind kind : RecordKind.values()) {
            Path file = dir.resolve(kind.jsonName() + SUFFIX);
            if (Files.isRegularFile(file)) {
                a.present(kind);
                readLines(file, kind, a, sha);
            } else if (kind == RecordKind.ORGANIZATIONS) {
                a.problems.error(file.getFileName().toString(),
                        "The directory has no organizations.jsonl; every dataset needs organizations.");
            }
        }
        warnAboutStrangers(dir, a);
        return a.finish(dir.toString(), (kind, line) -> kind.jsonName() + SUFFIX + ":" + line, DatasetReader.hex(sha));
    }

    private static void readLines(Path file, RecordKind kind, DatasetAssembler a, MessageDigest sha) throws IOException {
        String name = file.getFileName().toString();
        // REPORT, not the default REPLACE: a bad byte must be a problem, not a silently changed name
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16)) {
            int lineNo = 0;
            try {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    lineNo++;
                    if (!line.isBlank()) {
                        readLine(line, name + ":" + lineNo, kind, lineNo, a);
                    }
                }
            } catch (CharacterCodingException e) {
                a.problems.error(name + ":" + (lineNo + 1), "The file is not UTF-8 text from this line on.");
            }
            in.transferTo(OutputStream.nullOutputStream());
        }
    }

    private static void readLine(String line, String path, RecordKind kind, int lineNo, DatasetAssembler a)
            throws IOException {
        try (JsonParser p = DatasetReader.JSON.createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                a.problems.error(path, "Expected a record { ... } on this line, found " + RecordParser.describe(p) + ".");
                return;
            }
            a.record(p, kind, path, lineNo);
            if (p.nextToken() != null) {
                a.problems.error(path, "A line holds one record; this one has more after it.");
            }
        } catch (JsonProcessingException e) {
            String column = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
            a.problems.error(path, "The line is not valid JSON" + column + ": " + JsonDocumentReader.explain(e));
        }
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
