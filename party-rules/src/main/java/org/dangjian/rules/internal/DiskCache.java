package org.dangjian.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.dangjian.rules.PackProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checked classes of local packs on disk, so that a pack is compiled once across processes:
 * one {@code KEY.zip} ({@link ModelArchive}) per compiled group of DRL, where KEY is the sha256 of
 * the DRL's digest, this build of party-rules and party-model ({@code build-id}, stamped when the
 * jar is built), the Drools version and the Java version: whatever changes the generated classes
 * or whether they still link. Parameters are not in it: rules read them at run time.
 *
 * <p>An entry is as untrusted as the pack: what is read back goes through the same
 * {@link PackVerifier} check as freshly compiled classes before anything is loaded, and an entry
 * that cannot be read, was stored under another key or is refused is compiled again (and the
 * reason logged). Writes go to a temporary file renamed into place, so a reader never sees half an
 * entry. Off unless {@link #use} names a directory (the {@code party-audit} command line does).
 */
public final class DiskCache {

    private static final Logger LOG = LoggerFactory.getLogger(DiskCache.class);
    static final String BUILD_ID = "org/dangjian/rules/build-id";
    /** Bumped when the entry format changes. */
    private static final String FORMAT = "1";

    private static volatile Path directory;
    private static volatile String buildKey;
    /** Packs compiled here (not found, or not trusted), and entries loaded instead: tests observe them. */
    static final AtomicLong COMPILED = new AtomicLong();
    static final AtomicLong LOADED = new AtomicLong();

    private DiskCache() {
    }

    /** Keeps compiled packs under {@code dir} from now on in this JVM (created when first written); empty turns it off. */
    public static void use(Optional<Path> dir) {
        directory = dir.map(Path::toAbsolutePath).orElse(null);
    }

    /** The directory in use, if any. */
    public static Optional<Path> directory() {
        return Optional.ofNullable(directory);
    }

    /** {@code $XDG_CACHE_HOME/party-audit}, else {@code ~/.cache/party-audit}. */
    public static Path userDefault() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("party-audit");
    }

    /** The classes of {@code drl} (whose digest is {@code digest}): from the cache when an entry passes the check, else compiled (and stored). */
    static PackBuild.Compiled compile(Map<String, String> drl, String digest, List<PackProblem> problems) {
        Path dir = directory;
        String build = dir == null ? null : buildKey();
        if (build == null) {
            COMPILED.incrementAndGet();
            return PackBuild.compile(drl, problems);
        }
        String key = key(digest, build);
        Path file = dir.resolve(key + ".zip");
        if (Files.isRegularFile(file)) {
            PackBuild.Compiled loaded = load(file, key, drl);
            if (loaded != null) {
                LOADED.incrementAndGet();
                return loaded;
            }
        }
        COMPILED.incrementAndGet();
        PackBuild.Compiled built = PackBuild.compile(drl, problems);
        if (built != null) {
            store(dir, file, key, built);
        }
        return built;
    }

    /** The entry's classes when they pass the check, else null (the reason logged). */
    static PackBuild.Compiled load(Path file, String key, Map<String, String> drl) {
        String why;
        try (InputStream in = Files.newInputStream(file)) {
            ModelArchive.Stored s = ModelArchive.read(in);
            List<PackProblem> refused = new ArrayList<>();
            if (!s.digest().equals(key)) {
                why = "it was stored under another key";
            } else if (s.models().isEmpty() || !s.classes().keySet().containsAll(
                    s.models().stream().map(m -> m.replace('.', '/')).toList())) {
                why = "its rule models are missing";
            } else {
                PackBuild.Compiled c = PackBuild.checked(drl, s.classes(), s.models(), refused);
                if (c != null) {
                    LOG.debug("pack classes loaded from {}", file);
                    return c;
                }
                why = "the pack check refused it: " + refused.get(0).message();
            }
        } catch (IOException | RuntimeException e) {
            why = "it cannot be read: " + e;
        }
        LOG.warn("not using the compiled pack in {} ({}); compiling the pack again", file, why);
        return null;
    }

    private static void store(Path dir, Path file, String key, PackBuild.Compiled c) {
        Path tmp = null;
        try {
            if (!Files.isDirectory(dir)) {
                if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                    Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                } else {
                    Files.createDirectories(dir);
                }
            }
            tmp = Files.createTempFile(dir, key, ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                ModelArchive.write(out, key, c);
            }
            try {
                Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            LOG.debug("pack classes stored in {}", file);
        } catch (IOException | RuntimeException e) {
            // The cache only saves time: an audit goes on without it.
            LOG.warn("cannot store the compiled pack in {}: {}", dir, e.toString());
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // left for the next run to overwrite
                }
            }
        }
    }

    /** The entry's name: the DRL's digest with everything else that changes the classes. */
    static String key(String digest, String build) {
        return sha256(String.join("\n", FORMAT, digest, build));
    }

    /** This build of party-rules and party-model, the Drools and the Java version; null when the build is not stamped. */
    static String buildKey() {
        String b = buildKey;
        if (b == null) {
            try (InputStream in = DiskCache.class.getClassLoader().getResourceAsStream(BUILD_ID)) {
                if (in == null) {
                    LOG.debug("no {} (party-rules built without its process-classes step): no on-disk pack cache", BUILD_ID);
                    b = "";
                } else {
                    b = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip() + "\n" + droolsVersion()
                            + "\n" + Runtime.version().feature();
                }
            } catch (IOException e) {
                b = "";
            }
            buildKey = b;
        }
        return b.isEmpty() ? null : b;
    }

    private static String droolsVersion() throws IOException {
        try (InputStream in = DiskCache.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.drools/drools-model-codegen/pom.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "?");
        }
    }

    /**
     * Stamps the build under {@code classes} (the classes folder): the sha256 of every class and
     * resource of party-rules and of party-model's classes, so that a rebuilt engine or model
     * never loads classes generated against the former one. Written only when it changed.
     */
    static void writeBuildId(Path classes) throws IOException {
        MessageDigest md = digest();
        hashTree(classes, md);
        try {
            Path model = Path.of(org.dangjian.model.Dataset.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            hashTree(model, md);
        } catch (java.net.URISyntaxException e) {
            throw new IOException(e);
        }
        byte[] id = HexFormat.of().formatHex(md.digest()).getBytes(StandardCharsets.UTF_8);
        Path out = classes.resolve(BUILD_ID);
        if (!Files.exists(out) || !java.util.Arrays.equals(Files.readAllBytes(out), id)) {
            Files.createDirectories(out.getParent());
            Files.write(out, id);
        }
    }

    private static void hashTree(Path root, MessageDigest md) throws IOException {
        if (Files.isRegularFile(root)) {
            md.update(Files.readAllBytes(root));
            return;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(root)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            String rel = root.relativize(f).toString().replace('\\', '/');
            if (rel.equals(BUILD_ID) || rel.equals(BuiltInModel.RESOURCE)) {
                continue;
            }
            md.update(rel.getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(Files.readAllBytes(f));
        }
    }

    private static String sha256(String text) {
        return HexFormat.of().formatHex(digest().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
