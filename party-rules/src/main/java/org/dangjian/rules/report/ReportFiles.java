package org.dangjian.rules.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the files of a report (报告文件) so that nothing is destroyed and nothing is half-written.
 *
 * <ul>
 *   <li>A regular file (or a name not yet taken) is written to a temporary sibling and then moved
 *       into place, so a reader never sees half a report.</li>
 *   <li>A symbolic link is followed: the file it names is replaced the same way and the link stays.
 *       A link to nothing is refused.</li>
 *   <li>A device or FIFO ({@code /dev/null}, {@code /dev/stdout}) is written through: it is never
 *       replaced by a file, which as root would have removed the device node.</li>
 *   <li>A directory is refused, and so is any of the run's inputs (the dataset, a file the dataset
 *       directory reads, the parameters or the waivers): a report never overwrites what it was made of.</li>
 *   <li>With several files, all are written to their temporary siblings before any is moved into
 *       place: when one cannot be written (a full disk), none of them is, and the error names the
 *       file that could not be written.</li>
 * </ul>
 */
public final class ReportFiles {

    /** How bytes reach a file; tests give one that fails as a full disk does. */
    @FunctionalInterface
    interface Sink {
        void write(Path file, byte[] bytes) throws IOException;
    }

    /** Thrown when a report file cannot be written or must not be; its message names the file. */
    public static final class OutputException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputException(String message) {
            super(message);
        }
    }

    private final Sink sink;

    private ReportFiles(Sink sink) {
        this.sink = sink;
    }

    /** Writes with the file system's own writes. */
    public static ReportFiles onDisk() {
        return new ReportFiles(ReportFiles::writeFile);
    }

    static ReportFiles through(Sink sink) {
        return new ReportFiles(sink);
    }

    /**
     * Why the report may not be written to {@code target}, if it may not: it is a directory, a link to
     * nothing, or one of {@code inputs} (a dataset directory counts with the files it reads).
     * Checked before an audit, so a mistyped {@code --output} costs no audit.
     */
    public static Optional<String> refusal(Path target, List<Path> inputs) {
        BasicFileAttributes link = attributes(target, LinkOption.NOFOLLOW_LINKS);
        BasicFileAttributes file = attributes(target);
        if (link != null && link.isSymbolicLink() && file == null) {
            return Optional.of(target + " is a symbolic link to nothing; give the file it should name, or another name.");
        }
        if (file != null && file.isDirectory()) {
            return Optional.of(target + " is a directory; give the name of a file to write the report to.");
        }
        for (Path input : inputs) {
            if (sameFile(target, input) || readByDatasetDirectory(target, input)) {
                return Optional.of(target + " is an input of this run (" + input + "); the report would overwrite it."
                        + " Give another name.");
            }
        }
        return Optional.empty();
    }

    /**
     * Writes every file, or none: each regular target gets a temporary sibling first, and only when
     * all are written are they moved into place. Devices and FIFOs are written through, last.
     *
     * @throws OutputException naming the file that could not be written, or a refused target
     */
    public void writeAll(Map<Path, byte[]> files, List<Path> inputs) throws OutputException {
        for (Path target : files.keySet()) {
            Optional<String> refused = refusal(target, inputs);
            if (refused.isPresent()) {
                throw new OutputException(refused.get() + " Nothing was written.");
            }
        }
        Map<Path, Path> staged = new LinkedHashMap<>(); // final file -> its written temporary sibling
        Map<Path, byte[]> through = new LinkedHashMap<>();
        try {
            for (Map.Entry<Path, byte[]> e : files.entrySet()) {
                Path target = e.getKey().toAbsolutePath();
                BasicFileAttributes a = attributes(target);
                if (a != null && a.isOther()) {
                    through.put(target, e.getValue());
                } else {
                    Path real = a == null ? target : target.toRealPath(); // a link's file, replaced behind the link
                    staged.put(real, stage(e.getKey(), real, e.getValue()));
                }
            }
        } catch (OutputException e) {
            staged.values().forEach(ReportFiles::deleteQuietly);
            throw e;
        } catch (IOException e) {
            staged.values().forEach(ReportFiles::deleteQuietly);
            throw new OutputException("cannot write the report: " + describe(e) + " Nothing was written.");
        }
        commit(staged, through);
    }

    /** Writes {@code bytes} to a temporary sibling of {@code real}; the error names {@code target}. */
    private Path stage(Path target, Path real, byte[] bytes) throws IOException {
        Path dir = real.getParent();
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Path tmp = Files.createTempFile(dir, "." + real.getFileName(), ".tmp");
            try {
                sink.write(tmp, bytes);
                // A temporary file is private (rw-------); a report is for others to read too.
                if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
                }
                return tmp;
            } catch (IOException | RuntimeException e) {
                deleteQuietly(tmp);
                throw e;
            }
        } catch (IOException e) {
            throw new OutputException("cannot write " + target + ": " + describe(e) + " Nothing was written.");
        }
    }

    /** Moves the staged files into place, then writes through to devices; a failure names what was written. */
    private void commit(Map<Path, Path> staged, Map<Path, byte[]> through) throws OutputException {
        List<Path> written = new ArrayList<>();
        try {
            for (Map.Entry<Path, Path> e : staged.entrySet()) {
                Files.move(e.getValue(), e.getKey(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(e.getKey());
            }
            for (Map.Entry<Path, byte[]> e : through.entrySet()) {
                try (OutputStream out = Files.newOutputStream(e.getKey(), StandardOpenOption.WRITE)) {
                    out.write(e.getValue());
                }
                written.add(e.getKey());
            }
        } catch (IOException e) {
            staged.values().forEach(ReportFiles::deleteQuietly);
            throw new OutputException("cannot write the report: " + describe(e) + (written.isEmpty()
                    ? " Nothing was written." : " Written before the failure: " + written + "; the others were not."));
        }
    }

    private static void writeFile(Path file, byte[] bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(bytes);
        }
    }

    /** The system's reason in words: "No space left on device", "Permission denied". */
    private static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied.";
        } else if (e instanceof NoSuchFileException) {
            return "no such file or directory (" + e.getMessage() + ").";
        } else if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason() + ".";
        }
        return (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ".";
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // unreadable: compare the names below
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    /** Whether {@code target} is {@code dataset.json} or a {@code .jsonl} file in the dataset directory {@code input}. */
    private static boolean readByDatasetDirectory(Path target, Path input) {
        if (!Files.isDirectory(input)) {
            return false;
        }
        Path parent = target.toAbsolutePath().normalize().getParent();
        String name = String.valueOf(target.getFileName());
        return parent != null && sameFile(parent, input) && (name.equals("dataset.json") || name.endsWith(".jsonl"));
    }

    private static BasicFileAttributes attributes(Path p, LinkOption... options) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, options);
        } catch (IOException e) {
            return null;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            // a temporary file left behind is named .NAME…tmp; nothing to do about it here
        }
    }
}
