package org.dangjian.rules;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks of a pack's DRL that its bytecode cannot show: a pack's {@code package} is its own
 * (not the platform's, Drools' or the engine's, whose names its declared types would shadow), and
 * only the built-in pack applies the cadence table under a row's ID ({@code @mechanism("cadence")}),
 * since a finding's rule ID is always the firing rule's.
 */
final class PackBoundary {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package\\s+([A-Za-z0-9_$.\\s]+?)\\s*(?:;|$)");
    private static final Pattern CADENCE = Pattern.compile("@mechanism\\s*\\(\\s*\"?cadence\"?\\s*\\)");
    private static final List<String> RESERVED = List.of(
            "java", "javax", "jdk", "sun", "com.sun", "org.kie", "org.drools", "org.mvel2", "org.dangjian");
    /** The built-in pack's own package, for its own files only. */
    private static final String BUILT_IN_PACKAGE = "org.dangjian.rules.builtin";

    private PackBoundary() {
    }

    /** Adds a problem for each DRL file whose package is reserved, or that an added pack uses for the cadence mechanism. */
    static void checkFiles(RulePack pack, Map<String, String> drl, List<PackProblem> problems) {
        Map<String, String> builtIn = RulePack.builtIn().files();
        drl.forEach((file, text) -> {
            Matcher p = PACKAGE.matcher(text);
            if (p.find()) {
                String name = p.group(1).replaceAll("\\s+", "");
                boolean own = name.equals(BUILT_IN_PACKAGE) && text.equals(builtIn.get(file));
                if (!own && RESERVED.stream().anyMatch(r -> name.equals(r) || name.startsWith(r + "."))) {
                    problems.add(at(file, text, p.start(1), "package " + name + " belongs to the platform, Drools or "
                            + "the engine; name the pack's own package (e.g. street.heping)"));
                }
            }
            Matcher c = CADENCE.matcher(text);
            if (c.find() && file.startsWith("packs/")) {
                problems.add(at(file, text, c.start(), "@mechanism(\"cadence\") is the built-in pack's: an added pack "
                        + "adds cadence rows to cadences.csv, and its rules raise findings under their own @id"));
            }
        });
    }

    private static PackProblem at(String file, String text, int offset, String message) {
        int line = DrlSource.lineOf(text, offset);
        int column = offset - (offset == 0 ? 0 : text.lastIndexOf('\n', offset - 1) + 1) + 1;
        return PackProblem.error(file, line, column, message);
    }
}
