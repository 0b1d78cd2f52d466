package org.dangjian.imports.source;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CSV files (逗号分隔): a folder of them, one table per file ({@code 党员.csv} is the table
 * {@code 党员}), or one file. The encoding is UTF-8, with or without a byte-order mark, or
 * GB18030 (which covers GBK and GB2312: what Excel writes on a Chinese system), told apart by
 * whether the bytes are valid UTF-8; an explicit encoding overrides the guess.
 */
public final class CsvSource implements TableSource {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Path path;
    private final Optional<Charset> encoding;

    /** {@code path} is a folder of {@code .csv} files or one file; {@code encoding} overrides detection. */
    public CsvSource(Path path, Optional<Charset> encoding) {
        this.path = path;
        this.encoding = encoding;
    }

    @Override
    public String name() {
        return path.getFileName().toString();
    }

    @Override
    public String tableNoun() {
        return "file";
    }

    @Override
    public List<String> tables() throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(baseName(path));
        }
        try (Stream<Path> files = Files.list(path)) {
            return files.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".csv"))
                    .map(CsvSource::baseName).sorted().toList();
        }
    }

    private static String baseName(Path f) {
        String n = f.getFileName().toString();
        return n.toLowerCase().endsWith(".csv") ? n.substring(0, n.length() - 4) : n;
    }

    /** The file of a table. */
    public Path fileOf(String table) {
        return Files.isDirectory(path) ? path.resolve(table + ".csv") : path;
    }

    @Override
    public void read(String table, boolean isQuery, RowHandler handler) throws IOException, ImportFailure {
        Path file = fileOf(table);
        Charset charset = encoding.isPresent() ? encoding.get() : detect(file);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            skipBom(in, charset);
            Reader r = new BufferedReader(new InputStreamReader(in, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
            parse(r, handler);
        } catch (CharacterCodingException e) {
            throw new ImportFailure(file + ": the file is not in " + charset.name()
                    + "; give its encoding with --encoding (UTF-8 or GB18030).", e);
        }
    }

    /** UTF-8 when the file starts with its byte-order mark or all its bytes are valid UTF-8, else GB18030. */
    public static Charset detect(Path file) throws IOException {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            ByteBuffer bytes = ByteBuffer.allocate(buf.length + 8);
            CharBuffer chars = CharBuffer.allocate(buf.length + 8);
            int n;
            while ((n = in.read(buf)) > 0) {
                bytes.put(buf, 0, n).flip();
                if (utf8.decode(bytes, chars, false).isError()) {
                    return GB18030;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            if (utf8.decode(bytes, chars, true).isError() || bytes.hasRemaining()) {
                return GB18030;
            }
        }
        return StandardCharsets.UTF_8;
    }

    private static void skipBom(InputStream in, Charset charset) throws IOException {
        if (!charset.equals(StandardCharsets.UTF_8)) {
            return;
        }
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset();
        }
    }

    /** RFC 4180: fields in double quotes may hold commas, line breaks and doubled quotes. */
    static void parse(Reader r, RowHandler handler) throws IOException, ImportFailure {
        List<Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int rowStart = 1;
        boolean quoted = false;
        boolean any = false;
        int c;
        while ((c = r.read()) != -1) {
            if (quoted) {
                if (c == '"') {
                    r.mark(1);
                    int next = r.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next != -1) {
                            r.reset();
                        }
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    cells.add(Cell.text(field.toString()));
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> { }
                case '\n' -> {
                    cells.add(Cell.text(field.toString()));
                    field.setLength(0);
                    handler.row(rowStart, cells);
                    cells.clear();
                    any = false;
                    line++;
                    rowStart = line;
                }
                default -> {
                    field.append((char) c);
                    any = true;
                }
            }
        }
        if (any || field.length() > 0) {
            cells.add(Cell.text(field.toString()));
            handler.row(rowStart, cells);
        }
    }

    @Override
    public void close() {
        // each read opens and closes its file
    }
}
