package org.dangjian.rules.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Compiled pack classes as a zip: the key they were stored under ({@code digest}), the model
 * class names ({@code models}) and the classes ({@code classes/NAME}). The built-in pack's
 * resource ({@link BuiltInModel}) and the on-disk cache of local packs ({@link DiskCache}) both
 * use it. Whatever is read back is checked by {@link PackVerifier} before anything is loaded.
 */
final class ModelArchive {

    private ModelArchive() {
    }

    /** What an archive holds: its key, the model class names and the classes (internal name to bytes). */
    record Stored(String digest, List<String> models, Map<String, byte[]> classes) {
    }

    static Stored read(InputStream in) throws IOException {
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

    static void write(OutputStream out, String digest, PackBuild.Compiled c) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "digest", digest.getBytes(StandardCharsets.UTF_8));
            put(zip, "models", String.join("\n", c.modelClasses()).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> e : c.classes().entrySet()) {
                put(zip, "classes/" + e.getKey(), e.getValue());
            }
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0); // the same classes give the same bytes
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }
}
