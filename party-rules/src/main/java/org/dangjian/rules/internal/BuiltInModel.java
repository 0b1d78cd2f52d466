package org.dangjian.rules.internal;

import org.dangjian.rules.PackProblem;
import org.dangjian.rules.RulePack;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The built-in pack compiled when party-rules is built (Maven runs {@link #main} after compiling),
 * so that no run of the library or the CLI spends the Java compiler's seconds on it: the classes
 * the executable model generates, stored as {@code org/dangjian/rules/builtin-model.zip} with the
 * digest of the DRL they were compiled from. They are used only for exactly that DRL, and are
 * checked by {@code PackVerifier} each time they are loaded, like any pack's. It also stamps the
 * build ({@link DiskCache#writeBuildId}), which keys the on-disk cache of local packs. Public only
 * for the build to run it; not an API.
 */
public final class BuiltInModel {

    static final String RESOURCE = "org/dangjian/rules/builtin-model.zip";
    private static volatile ModelArchive.Stored stored;

    private BuiltInModel() {
    }

    /** Writes the resource under {@code args[0]} (the classes folder), unless it is there for the same DRL. */
    public static void main(String[] args) throws IOException {
        DiskCache.writeBuildId(Path.of(args[0]));
        Path out = Path.of(args[0]).resolve(RESOURCE);
        Map<String, String> drl = PackCompiler.drl(RulePack.builtIn(), new ArrayList<>());
        String digest = CompileCache.digest(drl);
        if (Files.exists(out)) {
            try (InputStream in = Files.newInputStream(out)) {
                if (digest.equals(ModelArchive.read(in).digest())) {
                    return;
                }
            }
        }
        List<PackProblem> problems = new ArrayList<>();
        PackBuild.Compiled c = PackBuild.compile(drl, problems);
        if (c == null) {
            throw new IllegalStateException("the built-in pack does not compile: " + problems);
        }
        Files.createDirectories(out.getParent());
        try (OutputStream os = Files.newOutputStream(out)) {
            ModelArchive.write(os, digest, c);
        }
    }

    /** The stored classes when they were compiled from DRL of {@code digest}, else null. */
    static ModelArchive.Stored forDigest(String digest) {
        ModelArchive.Stored s = stored;
        if (s == null) {
            try (InputStream in = BuiltInModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                s = in == null ? new ModelArchive.Stored("", List.of(), Map.of()) : ModelArchive.read(in);
            } catch (IOException e) {
                s = new ModelArchive.Stored("", List.of(), Map.of());
            }
            stored = s;
        }
        return s.digest().equals(digest) ? s : null;
    }

}
