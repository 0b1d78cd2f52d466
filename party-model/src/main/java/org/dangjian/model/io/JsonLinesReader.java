package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import org.dangjian.model.RecordKind;

/**
 * Reads one JSON Lines file of the directory form ({@code memberships.jsonl}) with one parser for
 * the whole file: the parser's own line count names each record's line, whatever the bytes
 * before it hold, and the text is decoded once, by the parser.
 *
 * <p>A line that is not valid JSON costs that line only: the reader reports it, then starts a
 * new parser at the next line (the only time it makes another). A record must begin and end on
 * its line. A byte-order mark at the start of the file is skipped, as the one-document form
 * skips it.
 */
final class JsonLinesReader {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String name;
    private final RecordKind kind;
    private final DatasetAssembler assembler;
    private final FileInput in;

    /** Where a parser starts: a byte offset at the start of a line, and the lines before it. */
    private record Start(long offset, int linesBefore) {}

    private JsonLinesReader(String name, RecordKind kind, DatasetAssembler assembler, FileInput in) {
        this.name = name;
        this.kind = kind;
        this.assembler = assembler;
        this.in = in;
    }

    /** Reads {@code file}'s records of {@code kind} into {@code a}; every byte of it goes into {@code sha}. */
    static void read(Path file, RecordKind kind, DatasetAssembler a, MessageDigest sha) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            FileInput in = new FileInput(channel, sha);
            JsonLinesReader reader = new JsonLinesReader(file.getFileName().toString(), kind, a, in);
            Start start = new Start(in.startsWith(UTF8_BOM) ? UTF8_BOM.length : 0, 0);
            while (start != null) {
                start = reader.readFrom(start);
            }
            in.digestToEnd();
        }
    }

    /** Reads records from {@code start} to the end of the file, or to the first malformed line; then where to go on. */
    private Start readFrom(Start start) throws IOException {
        in.seek(start.offset());
        JsonParser p = DatasetReader.JSON.createParser(in);
        int recordLine = 0;       // the line of the record being read, 0 between records
        long recordOffset = -1;
        int lastLine = 0;         // the line the last value ended on
        try (p) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                JsonLocation at = p.currentTokenLocation();
                recordLine = start.linesBefore() + at.getLineNr();
                recordOffset = in.fileOffset(start.offset(), at.getByteOffset());
                int line = recordLine;
                RecordParser.Place place = () -> name + ":" + line;
                if (recordLine == lastLine) {
                    assembler.problems.error(place.path(), "A line holds one record; this one has more after it.");
                    p.skipChildren();
                } else if (t != JsonToken.START_OBJECT) {
                    assembler.problems.error(place.path(), "Expected a record { ... } on this line, found "
                            + RecordParser.describe(p) + ".");
                    p.skipChildren();
                } else {
                    assembler.record(p, kind, place, recordLine);
                }
                lastLine = start.linesBefore() + p.currentTokenLocation().getLineNr();
                if (lastLine != recordLine) {
                    assembler.problems.error(place.path(), "The record goes on to line " + lastLine
                            + "; write each record on one line.");
                }
                recordLine = 0;
            }
            return null;
        } catch (JsonProcessingException e) {
            return malformed(e, p, start, recordLine, recordOffset);
        }
    }

    /** Reports the malformed line and returns the start of the line after it. */
    private Start malformed(JsonProcessingException e, JsonParser p, Start start, int recordLine, long recordOffset)
            throws IOException {
        JsonLocation where = JsonErrors.location(e, p);
        int line = start.linesBefore() + where.getLineNr();
        if (recordLine > 0 && line > recordLine) {
            // the record's line ended while the record was still open: a } or " is missing there
            assembler.problems.error(name + ":" + recordLine, "The line is not valid JSON: it ends before the"
                    + " record is complete (is a closing } or \" missing?).");
            return next(recordOffset, recordLine);
        }
        long errorOffset = in.fileOffset(start.offset(), where.getByteOffset());
        long lineStart = Math.max(start.offset(), errorOffset - (where.getColumnNr() - 1));
        int column = in.charactersBetween(lineStart, errorOffset) + 1;
        assembler.problems.error(name + ":" + line, "The line is not valid JSON at column " + column + ": "
                + JsonErrors.explain(e));
        return next(recordLine > 0 ? recordOffset : lineStart, line);
    }

    /** The start of the line after the one holding {@code offset}, or null at the end of the file. */
    private Start next(long offset, int line) throws IOException {
        long after = in.afterLineBreak(offset);
        return after < 0 ? null : new Start(after, line);
    }

    /**
     * The file as a stream that can go back to the start of a line. Each byte goes into the
     * digest once, in file order, however often it is read. Every stream it gives begins with a
     * few spaces: the parser sniffs the first bytes for UTF-16 and 32, and a bad byte at the
     * start of a line must be a bad line, not a change of encoding for the rest of the file.
     */
    static final class FileInput extends java.io.InputStream {

        static final int PAD = 4;

        private final FileChannel channel;
        private final MessageDigest digest;
        private long position;
        private long digested;   // bytes before this offset are in the digest
        private int pad;

        FileInput(FileChannel channel, MessageDigest digest) {
            this.channel = channel;
            this.digest = digest;
        }

        boolean startsWith(byte[] prefix) throws IOException {
            ByteBuffer b = ByteBuffer.allocate(prefix.length);
            channel.read(b, 0);
            return b.position() == prefix.length && java.util.Arrays.equals(b.array(), prefix);
        }

        /** Reads from {@code offset} on, after the padding. */
        void seek(long offset) throws IOException {
            digestUpTo(offset); // a skipped stretch (a long bad line) is still part of the file
            position = offset;
            pad = PAD;
        }

        /** The file offset of a parser's byte offset, for a parser started at {@code start}. */
        long fileOffset(long start, long parserOffset) {
            return start + Math.max(0, parserOffset - PAD);
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pad > 0) {
                int n = Math.min(pad, len);
                java.util.Arrays.fill(b, off, off + n, (byte) ' ');
                pad -= n;
                return n;
            }
            int n = channel.read(ByteBuffer.wrap(b, off, len), position);
            if (n <= 0) {
                return -1;
            }
            long end = position + n;
            if (end > digested) {
                long from = Math.max(position, digested);
                digest.update(b, off + (int) (from - position), (int) (end - from));
                digested = end;
            }
            position = end;
            return n;
        }

        /** Puts the rest of the file in the digest: bytes no parser needed are input too. */
        void digestToEnd() throws IOException {
            digestUpTo(channel.size());
        }

        private void digestUpTo(long offset) throws IOException {
            ByteBuffer buf = ByteBuffer.allocate(1 << 16);
            while (digested < offset) {
                buf.clear().limit((int) Math.min(buf.capacity(), offset - digested));
                int n = channel.read(buf, digested);
                if (n <= 0) {
                    return;
                }
                digest.update(buf.array(), 0, n);
                digested += n;
            }
        }

        /** The offset just after the first line break at or after {@code offset}; -1 if there is none. */
        long afterLineBreak(long offset) throws IOException {
            ByteBuffer buf = ByteBuffer.allocate(1 << 13);
            long at = offset;
            while (true) {
                buf.clear();
                int n = channel.read(buf, at);
                if (n <= 0) {
                    return -1;
                }
                for (int i = 0; i < n; i++) {
                    byte c = buf.get(i);
                    if (c == '\n') {
                        return at + i + 1;
                    } else if (c == '\r') {
                        return crlf(at + i + 1);
                    }
                }
                at += n;
            }
        }

        /** After a carriage return: past the line feed that may follow it (the parser counts \r\n as one break). */
        private long crlf(long after) throws IOException {
            ByteBuffer one = ByteBuffer.allocate(1);
            return channel.read(one, after) == 1 && one.get(0) == '\n' ? after + 1 : after;
        }

        /** How many characters the UTF-8 bytes from {@code from} to {@code to} hold (for a column a person counts). */
        int charactersBetween(long from, long to) throws IOException {
            if (to <= from) {
                return 0;
            }
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(to - from, 1 << 20));
            channel.read(buf, from);
            int chars = 0;
            for (int i = 0; i < buf.position(); i++) {
                if ((buf.get(i) & 0xC0) != 0x80) {
                    chars++;
                }
            }
            return chars;
        }
    }
}
