package org.dangjian.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.dangjian.rules.internal.PackFiles;
import org.dangjian.rules.internal.PackSignatures;

/**
 * A rule pack (规则包): a descriptor ({@code pack.properties}: name, version, description, and
 * {@code mode = extends} or {@code replaces} the built-in pack), {@code rules/*.drl}, the
 * parameters ({@code params.properties}), the cadence table ({@code cadences.csv}) and
 * {@code tests/}. Held as text files by their path inside the pack; compiled by
 * {@link ComplianceEngine#compile(RulePack)}.
 *
 * <p>A descriptor may declare {@code partitioning = subtrees}: every rule joins facts about one
 * organization or one person (or reads subtree totals derived in Java, or findings), so that an
 * audit may evaluate independent organization subtrees in separate sessions
 * ({@link AuditOptions.Partitioning}). The built-in pack declares it; a pack that extends it keeps
 * it only if it declares it too.
 *
 * <pre>{@code
 * RulePack local = RulePack.load(Path.of("packs/street-a"));
 * ComplianceEngine engine = ComplianceEngine.compile(RulePack.builtIn().extendedBy(local));
 * }</pre>
 */
public final class RulePack {

    /** Whether a pack adds to the built-in pack or stands alone. */
    public enum Mode { EXTENDS, REPLACES }

    private static volatile RulePack builtIn;

    private final String name;
    private final String version;
    private final String description;
    private final Mode mode;
    private final SortedMap<String, String> files;
    private final boolean subtreeSafe;
    private final List<PackSignature> signatures;

    private RulePack(String name, String version, String description, Mode mode, Map<String, String> files,
                     boolean subtreeSafe, List<PackSignature> signatures) {
        this.subtreeSafe = subtreeSafe;
        this.signatures = List.copyOf(signatures);
        this.name = name;
        this.version = version;
        this.description = description;
        this.mode = mode;
        this.files = Collections.unmodifiableSortedMap(new TreeMap<>(files));
    }

    /**
     * A pack from its files (path inside the pack to text); the descriptor is read from
     * {@code pack.properties} among them. A signature file among them is checked against the files'
     * text as UTF-8 (a spreadsheet's as ISO-8859-1): see {@link #signatures()}.
     */
    public static RulePack of(Map<String, String> files) throws PackException {
        return of(files, PackFiles.encoded(files), path -> path);
    }

    private static RulePack of(Map<String, String> files, Map<String, byte[]> bytes, UnaryOperator<String> where)
            throws PackException {
        String descriptor = files.get("pack.properties");
        if (descriptor == null) {
            throw new PackException(List.of(PackProblem.error("pack.properties", 0, 0,
                    "a rule pack needs a descriptor pack.properties (name, version, description, mode)")));
        }
        Properties p = new Properties();
        try {
            p.load(new StringReader(descriptor));
        } catch (IOException | IllegalArgumentException e) {
            throw new PackException(List.of(PackProblem.error("pack.properties", 0, 0, e.getMessage())));
        }
        List<PackProblem> problems = new ArrayList<>();
        String name = p.getProperty("name", "").strip();
        String version = p.getProperty("version", "").strip();
        if (name.isEmpty()) {
            problems.add(PackProblem.error("pack.properties", 0, 0, "the descriptor has no name"));
        }
        if (version.isEmpty()) {
            problems.add(PackProblem.error("pack.properties", 0, 0, "the descriptor has no version"));
        }
        Mode mode = Mode.EXTENDS;
        String m = p.getProperty("mode", "extends").strip();
        try {
            mode = Mode.valueOf(m.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(PackProblem.error("pack.properties", 0, 0, "mode must be 'extends' or 'replaces', not '" + m + "'"));
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        String partitioning = p.getProperty("partitioning", "").strip();
        if (!partitioning.isEmpty() && !partitioning.equals("subtrees")) {
            throw new PackException(List.of(PackProblem.error("pack.properties", 0, 0,
                    "partitioning must be 'subtrees' (every rule reads facts of one organization or person) or absent, not '"
                            + partitioning + "'")));
        }
        RulePack unsigned = new RulePack(name, version, p.getProperty("description", "").strip(), mode, files,
                partitioning.equals("subtrees"), List.of());
        PackSignatures.Check check = PackSignatures.check(bytes, where);
        return unsigned.signed(new PackSignature(name, version, unsigned.sha256(), check.status(), check.signer(),
                check.problems(), where.apply(PackSignatures.FILE)));
    }

    private RulePack signed(PackSignature signature) {
        return new RulePack(name, version, description, mode, files, subtreeSafe, List.of(signature));
    }

    /**
     * Reads a pack from a directory, or from a jar or zip file holding one at its root. Its signature,
     * if it has one, is checked against the bytes read ({@link #signatures()}); to refuse a pack
     * that is not signed by a trusted key, {@link #requireSigned(TrustedKeys)}.
     */
    public static RulePack load(Path path) throws PackException, IOException {
        if (!Files.exists(path)) {
            throw new java.nio.file.NoSuchFileException(path.toString(), null, "no rule pack there");
        }
        // Regular files inside the pack only, within size limits (PackFiles): a pack is untrusted input.
        Map<String, byte[]> bytes = PackFiles.bytes(path);
        boolean directory = Files.isDirectory(path);
        return of(PackFiles.text(bytes), bytes,
                file -> directory ? path.resolve(file).toString() : path + "!/" + file);
    }

    /** The built-in pack shipped in party-rules: every rule of the requirement catalog. */
    public static RulePack builtIn() {
        RulePack p = builtIn;
        if (p == null) {
            synchronized (RulePack.class) {
                if (builtIn == null) {
                    try {
                        RulePack read = of(readBuiltIn());
                        builtIn = read.signed(new PackSignature(read.name, read.version, read.sha256(),
                                PackSignature.Status.BUILT_IN, Optional.empty(), List.of(), "(built in)"));
                    } catch (PackException | IOException e) {
                        throw new IllegalStateException("the built-in pack is broken: " + e.getMessage(), e);
                    }
                }
                p = builtIn;
            }
        }
        return p;
    }

    private static Map<String, String> readBuiltIn() throws IOException {
        // Composed of the catalog areas' packages (rules, scenarios, cadence table) and builtin/.
        return org.dangjian.rules.internal.BuiltInAreas.packFiles();
    }

    /**
     * This pack with {@code other} added, as the CLI's {@code --rules DIR} does: an extending pack
     * adds its rules, parameters and cadence rows; a replacing pack stands alone.
     */
    public RulePack extendedBy(RulePack other) {
        if (other.mode == Mode.REPLACES) {
            return other;
        }
        Map<String, String> merged = new TreeMap<>(files);
        String prefix = "packs/" + other.name + "/";
        other.files.forEach((path, text) -> merged.put(prefix + path, text));
        List<PackSignature> both = new ArrayList<>(signatures);
        both.addAll(other.signatures);
        return new RulePack(name + "+" + other.name, version + "+" + other.version,
                description, mode, merged, subtreeSafe && other.subtreeSafe, both);
    }

    /**
     * The signature of each pack this one is made of, in order: the built-in pack's, then each
     * added pack's (a pack that replaces the built-in one stands alone).
     */
    public List<PackSignature> signatures() {
        return signatures;
    }

    /**
     * This pack, if every pack it is made of is the built-in pack or signed by one of {@code keys}
     * with every file as signed (签名校验); else a {@link PackException} naming the pack and the
     * file: a pack without a signature, one signed by another key, a file changed, added or removed
     * after signing.
     */
    public RulePack requireSigned(TrustedKeys keys) throws PackException {
        List<PackProblem> problems = new ArrayList<>();
        for (PackSignature s : signatures) {
            String pack = "pack " + s.pack() + " " + s.version();
            switch (s.status()) {
                case BUILT_IN -> { }
                case UNSIGNED -> problems.add(PackProblem.error(s.file(), 0, 0, pack + " is not signed (no such "
                        + "file), and only packs signed by a trusted key are accepted"));
                case INVALID -> s.problems().forEach(p -> problems.add(new PackProblem(p.file(), p.line(), p.column(),
                        pack + ": " + p.message(), false)));
                case SIGNED -> {
                    if (!keys.trusts(s.signer().orElseThrow())) {
                        problems.add(PackProblem.error(s.file(), 0, 0, pack
                                + " is signed by key " + PackSignature.shortFingerprint(s.signer().orElseThrow())
                                + ", which is not among the trusted keys (" + keys.where() + ")"));
                    }
                }
                default -> throw new IllegalStateException(s.status().name());
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(problems);
        }
        return this;
    }

    public String name() { return name; }
    public String version() { return version; }
    public String description() { return description; }
    public Mode mode() { return mode; }

    /**
     * Whether the pack's descriptors declare {@code partitioning = subtrees}: its rules give the same
     * findings when independent organization subtrees are audited in separate sessions.
     */
    public boolean subtreeSafe() { return subtreeSafe; }

    /** Every file by its path inside the pack, sorted. */
    public SortedMap<String, String> files() {
        return files;
    }

    /** The files whose path ends with {@code suffix} and whose folder is {@code folder} or below one named so. */
    public SortedMap<String, String> files(String folder, String suffix) {
        SortedMap<String, String> out = new TreeMap<>();
        files.forEach((path, text) -> {
            boolean inFolder = path.startsWith(folder + "/") || path.contains("/" + folder + "/");
            if (inFolder && path.endsWith(suffix)) {
                out.put(path, text);
            }
        });
        return out;
    }

    /** The files named {@code fileName} at the pack's root or at the root of an added pack. */
    public SortedMap<String, String> rootFiles(String fileName) {
        SortedMap<String, String> out = new TreeMap<>();
        files.forEach((path, text) -> {
            if (path.equals(fileName) || path.matches("packs/[^/]+/" + java.util.regex.Pattern.quote(fileName))) {
                out.put(path, text);
            }
        });
        return out;
    }

    /** SHA-256 of the pack's files (paths and contents, in path order), as the report gives it. */
    public String sha256() {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            files.forEach((path, text) -> {
                md.update(path.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(text.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + files.size() + " files)";
    }

    static String read(InputStream in) throws IOException {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
}
