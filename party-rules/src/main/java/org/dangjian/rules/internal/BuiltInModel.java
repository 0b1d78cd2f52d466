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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The built-in pack compiled when party-rules is built (Maven runs {@link #main} after compiling),
 * so that no run of the library or the CLI spends the Java compiler's seconds on it: the classes
 * the executable model generates, stored as {@code org/dangjian/rules/builtin-model.zip} with the
 * digest of the DRL they were compiled from. They are used only for exactly that DRL, and are
 * checked by {@code PackVerifier} each time they are loaded, like any pack's. Public only for the build
 * to run it; not an API.
 */
public final class BuiltInModel {

    static final String RESOURCE = "org/dangjian/rules/builtin-model.zip";
    private static volatile Stored stored;

    private BuiltInModel() {
    }

    /** What the resource holds: the DRL's digest, the model class names and the classes. */
    record Stored(String digest, List<String> models, Map<String, byte[]> classes) {
    }

    /** Writes the resource under {@code args[0]} (the classes folder), unless it is there for the same DRL. */
    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]).resolve(RESOURCE);
        Map<String, String> drl = PackCompiler.drl(RulePack.builtIn(), new ArrayList<>());
        String digest = CompileCache.digest(drl);
        if (Files.exists(out)) {
            try (InputStream in = Files.newInputStream(out)) {
                if (digest.equals(read(in).digest())) {
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
        try (OutputStream os = Files.newOutputStream(out); ZipOutputStream zip = new ZipOutputStream(os)) {
            put(zip, "digest", digest.getBytes(StandardCharsets.UTF_8));
            put(zip, "models", String.join("\n", c.modelClasses()).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> e : c.classes().entrySet()) {
                put(zip, "classes/" + e.getKey(), e.getValue());
            }
        }
    }

    /** The stored classes when they were compiled from DRL of {@code digest}, else null. */
    static Stored forDigest(String digest) {
        Stored s = stored;
        if (s == null) {
            try (InputStream in = BuiltInModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                s = in == null ? new Stored("", List.of(), Map.of()) : read(in);
            } catch (IOException e) {
                s = new Stored("", List.of(), Map.of());
            }
            stored = s;
        }
        return s.digest().equals(digest) ? s : null;
    }

    private static Stored read(InputStream in) throws IOException {
        String digest = "";
        List<String> models = new ArrayList<>();
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                if (e.getName().equals("digest")) {
                    digest = new String(bytes, StandardCharsets.UTF_8);
                } else if (e.getName().equals("models")) {
                    new String(bytes, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).forEach(models::add);
                } else if (e.getName().startsWith("classes/")) {
                    classes.put(e.getName().substring("classes/".length()), bytes);
                }
            }
        }
        return new Stored(digest, models, classes);
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0); // the same DRL gives the same resource
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }
}
