package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a dataset in either form of the dataset contract (数据集): one JSON document, or a
 * directory holding {@code dataset.json} and one {@code <array>.jsonl} file per record kind.
 *
 * <pre>{@code
 * try {
 *     LoadedDataset loaded = DatasetReader.read(Path.of("district.json"));
 *     loaded.warnings().forEach(w -> log.warn("{}", w));
 *     Dataset dataset = loaded.dataset();
 * } catch (InvalidDatasetException e) {
 *     e.problems().forEach(p -> System.err.println(p));   // memberships[41].admitted: ...
 * }
 * }</pre>
 *
 * <p>The input is streamed token by token and records are built one at a time, so memory holds
 * the records, never a tree or a copy of the text. Every problem is collected in one pass and the
 * {@link DatasetValidator} then checks the whole; any error fails the read with all of them. Only
 * malformed JSON stops the reading of a document early, since nothing after it can be trusted
 * (in the directory form, the reading of that line). Unknown fields are warnings.
 */
public final class DatasetReader {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetReader.class);

    /** Shared, thread-safe; the reader closes what it opens and leaves callers' streams open. */
    static final JsonFactory JSON = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamReadFeature.AUTO_CLOSE_SOURCE)
            .build();

    private DatasetReader() {}

    /**
     * Reads the dataset at {@code path}: a JSON file, or a directory in the directory form.
     *
     * @throws InvalidDatasetException if the dataset has errors; it lists them all
     * @throws IOException             if the file or directory cannot be read
     */
    public static LoadedDataset read(Path path) throws InvalidDatasetException, IOException {
        long start = System.nanoTime();
        LoadedDataset loaded;
        if (Files.isDirectory(path)) {
            loaded = DirectoryReader.read(path);
        } else {
            try (InputStream in = Files.newInputStream(path)) {
                loaded = read(in, path.toString());
            }
        }
        LOG.debug("Read {} ({} records) in {} ms", path, loaded.dataset().size(), (System.nanoTime() - start) / 1_000_000);
        return loaded;
    }

    /**
     * Reads one JSON document from {@code in}, which is left open.
     *
     * @param sourceName names the input in the exception's message, e.g. a file name
     * @throws InvalidDatasetException if the dataset has errors; it lists them all
     * @throws IOException             if reading the stream fails
     */
    public static LoadedDataset read(InputStream in, String sourceName) throws InvalidDatasetException, IOException {
        MessageDigest sha = sha256();
        DigestInputStream digesting = new DigestInputStream(in, sha);
        DatasetAssembler assembler = new DatasetAssembler();
        try (JsonParser p = JSON.createParser(digesting)) {
            if (!JsonDocumentReader.read(p, assembler, "", true)) {
                throw assembler.malformed(sourceName);
            }
        }
        digesting.transferTo(OutputStream.nullOutputStream()); // trailing whitespace is input too
        return assembler.finish(sourceName, (kind, index) -> kind.jsonName() + "[" + index + "]", hex(sha));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
