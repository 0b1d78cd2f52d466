package org.dangjian.rules.internal;

import org.dangjian.rules.PackException;
import org.dangjian.rules.PackProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Reads a pack's files from a directory or a zip/jar as untrusted input (包文件读取): only regular
 * files inside the pack (no symbolic links, devices, FIFOs or sockets; no zip entry that climbs out
 * with {@code ..}; a link stored in a zip is never followed, only read as the short text it holds), at most {@link #MAX_FILE} bytes each, {@link #MAX_PACK} in all and
 * {@link #MAX_FILES} files, counted as they are read or inflated (not as a zip claims), and a
 * spreadsheet (itself a zip) no larger than {@link #MAX_PACK} inflated. Each refusal names the file.
 * For the engine ({@code RulePack.load}), not callers.
 */
public final class PackFiles {

    static final long MAX_FILE = 4L << 20;
    static final long MAX_PACK = 32L << 20;
    static final int MAX_FILES = 2000;

    private PackFiles() {
    }

    /** The files of the pack at {@code path} (a directory, or a zip or jar holding one at its root). */
    public static Map<String, String> read(Path path) throws IOException, PackException {
        return text(bytes(path));
    }

    /**
     * The files of the pack at {@code path} as the bytes stored, which a signature covers (a text file
     * decoded and encoded again need not give back the same bytes).
     */
    public static Map<String, byte[]> bytes(Path path) throws IOException, PackException {
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        if (a.isDirectory()) {
            return directory(path);
        }
        if (!a.isRegularFile()) {
            throw refused(path.toString(), "is neither a directory nor a regular file (a device or a FIFO?); "
                    + "a rule pack is a directory or a .zip/.jar file");
        }
        return zip(path);
    }

    /** The files as the engine holds them: text, a spreadsheet's bytes as ISO-8859-1 (checked for its inflated size). */
    public static Map<String, String> text(Map<String, byte[]> bytes) throws PackException {
        Map<String, String> files = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : bytes.entrySet()) {
            files.put(e.getKey(), text(e.getKey(), e.getValue()));
        }
        return files;
    }

    /** The bytes of files held as text, as {@link #text(Map)} decoded them. */
    public static Map<String, byte[]> encoded(Map<String, String> files) {
        Map<String, byte[]> out = new TreeMap<>();
        files.forEach((name, text) -> out.put(name, text.getBytes(spreadsheet(name)
                ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8)));
        return out;
    }

    private static boolean spreadsheet(String name) {
        return name.endsWith(".xlsx") || name.endsWith(".xls");
    }

    private static Map<String, byte[]> directory(Path root) throws IOException, PackException {
        Budget budget = new Budget();
        Map<String, byte[]> files = new TreeMap<>();
        List<String> refused = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : (Iterable<Path>) walk::iterator) {
                if (f.equals(root)) {
                    continue;
                }
                String rel = root.relativize(f).toString().replace('\\', '/');
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                if (a.isDirectory()) {
                    continue;
                }
                if (a.isSymbolicLink()) {
                    refused.add(rel + ": a symbolic link; a pack holds its files itself (copy the file in)");
                } else if (!a.isRegularFile()) {
                    refused.add(rel + ": not a regular file (a device, FIFO or socket)");
                } else {
                    budget.file(rel, a.size());
                    try (InputStream in = Files.newInputStream(f, LinkOption.NOFOLLOW_LINKS)) {
                        files.put(rel, budget.read(rel, in));
                    }
                }
            }
        }
        if (!refused.isEmpty()) {
            throw new PackException(refused.stream().map(r -> PackProblem.error(r.substring(0, r.indexOf(':')), 0, 0,
                    "refused: " + r.substring(r.indexOf(':') + 2))).toList());
        }
        return files;
    }

    private static Map<String, byte[]> zip(Path path) throws IOException, PackException {
        Budget budget = new Budget();
        Map<String, byte[]> files = new TreeMap<>();
        try (InputStream raw = Files.newInputStream(path); ZipInputStream zip = new ZipInputStream(raw)) {
            boolean any = false;
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                any = true;
                String name = e.getName().replace('\\', '/');
                while (name.startsWith("/")) {
                    name = name.substring(1);
                }
                if (e.isDirectory()) {
                    continue;
                }
                if (name.isEmpty() || name.equals("..") || name.startsWith("../") || name.contains("/../")
                        || name.endsWith("/..")) {
                    throw refused(e.getName(), "a zip entry that climbs out of the pack");
                }
                budget.file(name, Math.max(0, e.getSize()));
                files.put(name, budget.read(name, zip));
            }
            if (!any) {
                throw refused(path.toString(), "is not a zip or jar file (nor a directory): a rule pack is one of these");
            }
        } catch (ZipException e) {
            throw refused(path.toString(), "is not a readable zip or jar file (" + e.getMessage() + "): a rule pack is "
                    + "a directory or a .zip/.jar file");
        }
        return files;
    }

    /** Spreadsheets travel as ISO-8859-1 text so every byte survives (as {@link RulePack} reads them). */
    private static String text(String name, byte[] bytes) throws PackException {
        if (spreadsheet(name)) {
            if (name.endsWith(".xlsx")) {
                inflatedSize(name, bytes);
            }
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /** An .xlsx is a zip: refuse one that inflates past the pack's budget before any spreadsheet reader sees it. */
    private static void inflatedSize(String name, byte[] bytes) throws PackException {
        long total = 0;
        byte[] buf = new byte[65536];
        try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                for (int n = zip.read(buf); n > 0; n = zip.read(buf)) {
                    total += n;
                    if (total > MAX_PACK) {
                        throw refused(name, "the spreadsheet inflates to more than " + (MAX_PACK >> 20)
                                + " MB (a zip bomb?)");
                    }
                }
            }
        } catch (IOException e) {
            throw refused(name, "not a readable .xlsx spreadsheet (" + e.getMessage() + ")");
        }
    }

    private static PackException refused(String file, String why) {
        return new PackException(List.of(PackProblem.error(file, 0, 0, "refused: " + why)));
    }

    /** What the pack has used of its limits. */
    private static final class Budget {
        private long total;
        private int count;

        void file(String name, long declared) throws PackException {
            if (++count > MAX_FILES) {
                throw refused(name, "the pack has more than " + MAX_FILES + " files");
            }
            if (declared > MAX_FILE) {
                throw refused(name, "larger than " + (MAX_FILE >> 20) + " MB, the limit for one file of a pack");
            }
        }

        /** Reads {@code in} to its end, refusing as soon as a limit is passed (whatever size a header claimed). */
        byte[] read(String name, InputStream in) throws IOException, PackException {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            long size = 0;
            for (int n = in.read(buf); n > 0; n = in.read(buf)) {
                size += n;
                total += n;
                if (size > MAX_FILE) {
                    throw refused(name, "larger than " + (MAX_FILE >> 20) + " MB, the limit for one file of a pack");
                }
                if (total > MAX_PACK) {
                    throw refused(name, "the pack is larger than " + (MAX_PACK >> 20) + " MB");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }
}
