package org.dangjian.rules.internal;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The registry of catalog areas (业务领域): the built-in pack is composed of them. Each area is
 * one package under {@code org.dangjian.rules.vocabulary} holding, side by side, its derived facts
 * (public records), its deriver, and as resources under the same package path its rules
 * ({@code *.drl}), its scenarios ({@code *.json}) and, for the cadence mechanism, the cadence
 * table ({@code cadences.csv}). The pack's descriptor, parameters and sources table stay in
 * {@code org/dangjian/rules/builtin/}.
 *
 * <p>A new area is one line here; a new rule, scenario or fact of an existing area touches only
 * the area's package. The derivers run in the order of this list.
 */
public final class BuiltInAreas {

    /** One catalog area: its package's last name ("" for the shared vocabulary) and its deriver, if any. */
    record Area(String name, Optional<FactDeriver> deriver) {
    }

    static final String VOCABULARY = "org.dangjian.rules.vocabulary.";
    static final String BUILT_IN_ROOT = "org/dangjian/rules/builtin/";

    /** Every area of the built-in pack; their derivers run in this order. */
    static final List<Area> AREAS = List.of(
            area("", "BaseFacts"),
            area("cadence", null),
            area("organization", "OrganizationFacts"),
            area("life", "LifeFacts"),
            area("training", "TrainingFacts"),
            area("development", "DevelopmentFacts"),
            area("weak", "WeakFacts"),
            area("members", "MemberFacts"),
            area("cadres", "CadreFacts"),
            area("funds", "FundFacts"),
            area("twonew", "TwoNewFacts"));

    private BuiltInAreas() {
    }

    private static Area area(String name, String deriver) {
        return new Area(name, Optional.ofNullable(deriver).map(d -> deriver(name, d)));
    }

    /**
     * The area's deriver, by its name in the area's package. Derivers are package-private, so that
     * neither an embedding system nor a rule pack sees them beside the facts they derive: the
     * registry is the one place that makes them, by reflection on the class named here.
     */
    private static FactDeriver deriver(String area, String simpleName) {
        String name = VOCABULARY + (area.isEmpty() ? "" : area + ".") + simpleName;
        try {
            Constructor<?> c = Class.forName(name).getDeclaredConstructor();
            c.setAccessible(true);
            return (FactDeriver) c.newInstance();
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("the registry of areas names no deriver " + name, e);
        }
    }

    /**
     * The full name of the vocabulary's public type {@code simpleName}, in the vocabulary package or
     * one of the areas', if there is one.
     */
    static Optional<String> vocabularyType(String simpleName) {
        for (Area a : AREAS) {
            String name = VOCABULARY + (a.name().isEmpty() ? "" : a.name() + ".") + simpleName;
            try {
                Class<?> c = Class.forName(name, false, BuiltInAreas.class.getClassLoader());
                if (java.lang.reflect.Modifier.isPublic(c.getModifiers())) {
                    return Optional.of(name);
                }
            } catch (ClassNotFoundException | LinkageError e) {
                // not in this area
            }
        }
        return Optional.empty();
    }

    /** The derivers of every area, in order. */
    static List<FactDeriver> derivers() {
        return AREAS.stream().flatMap(a -> a.deriver().stream()).toList();
    }

    /**
     * The built-in pack's files by their path inside the pack: the descriptor, parameters and
     * sources from {@code builtin/}, each area's rules under {@code rules/}, its scenarios under
     * {@code tests/}, the cadence table at the root.
     */
    public static Map<String, String> packFiles() throws IOException {
        // .../org/dangjian/rules/builtin/pack.properties -> .../org/dangjian/rules/
        return ClassPathFolders.read(BUILT_IN_ROOT + "pack.properties", builtIn -> compose(builtIn.getParent()));
    }

    /** {@code rulesDir} is the resource folder {@code org/dangjian/rules/}. */
    private static Map<String, String> compose(Path rulesDir) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Path builtIn = rulesDir.resolve("builtin");
        for (Path f : ClassPathFolders.files(builtIn)) {
            files.put(f.getFileName().toString(), read(f));
        }
        for (Area a : AREAS) {
            Path dir = rulesDir.resolve("vocabulary").resolve(a.name());
            for (Path f : ClassPathFolders.files(dir)) {
                String name = f.getFileName().toString();
                String inPack = placeInPack(name);
                if (inPack != null && files.put(inPack, read(f)) != null) {
                    throw new IOException("two areas of the built-in pack bring " + inPack);
                }
            }
        }
        return files;
    }

    /** Where an area's file goes inside the pack, or null for what is not a pack file (notes). */
    static String placeInPack(String name) {
        if (name.endsWith(".drl") || name.endsWith(".drl.csv") || name.endsWith(".drl.xlsx")) {
            return "rules/" + name;
        }
        if (name.endsWith(".json")) {
            return "tests/" + name;
        }
        if (name.equals("cadences.csv")) {
            return name;
        }
        return null;
    }

    private static String read(Path f) throws IOException {
        String name = f.getFileName().toString();
        if (name.endsWith(".xlsx") || name.endsWith(".xls")) {
            // Binary spreadsheets travel as ISO-8859-1 text so every byte survives.
            return new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        }
        return Files.readString(f, StandardCharsets.UTF_8);
    }
}
