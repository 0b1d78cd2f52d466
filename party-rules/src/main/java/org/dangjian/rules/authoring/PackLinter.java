package org.dangjian.rules.authoring;

import org.dangjian.rules.RuleInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.rules.vocabulary.cadence.Cadence;
import org.dangjian.rules.internal.CompiledPack;
import org.dangjian.rules.internal.PackCompiler;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RulePack;
import org.dangjian.rules.Severity;

/**
 * Checks a pack before anyone runs it (规则包检查), as {@code party-audit lint} does: everything the
 * engine refuses (unsafe code, DRL errors, missing or unknown metadata, unknown parameters, bad
 * table rows), and beyond that:
 *
 * <ul>
 *   <li>every requirement ID belongs to one file: rules sharing an {@code @id} are the cases of one
 *       requirement and sit together (ORG-008 for each kind of organization); the same ID in two
 *       files, two packs, or a rule and a cadence row of another file is an error;</li>
 *   <li>rules sharing an ID with different severities are a warning;</li>
 *   <li>a parameter no rule reads is a warning (a typo in a name, or a rule not written yet).</li>
 * </ul>
 *
 * <pre>{@code
 * List<PackProblem> problems = PackLinter.lint(RulePack.builtIn().extendedBy(RulePack.load(dir)));
 * problems.forEach(p -> System.out.println(p));   // file:line:column: message
 * }</pre>
 */
public final class PackLinter {

    private PackLinter() {
    }

    /** Every error and warning of {@code pack}, in file order; no errors means the engine will accept it. */
    public static List<PackProblem> lint(RulePack pack) {
        CompiledPack compiled;
        try {
            compiled = PackCompiler.compile(pack);
        } catch (PackException e) {
            return e.problems();
        }
        List<PackProblem> out = new ArrayList<>(compiled.warnings());
        uniqueIds(compiled, out);
        unusedParameters(compiled, out);
        titles(compiled, out);
        out.sort(Comparator.comparing(PackProblem::file).thenComparingInt(PackProblem::line)
                .thenComparingInt(PackProblem::column));
        return List.copyOf(out);
    }

    /**
     * The DRL the engine compiles for {@code pack}, by file: {@code rules/**.drl}, and the DRL made
     * from each decision table (under the table's own path). For tools that read the rules, such as
     * a verifier; a table that cannot be read is left out (lint reports it).
     */
    public static java.util.SortedMap<String, String> drl(RulePack pack) {
        return new java.util.TreeMap<>(PackCompiler.drl(pack, new ArrayList<>()));
    }

    /** One place an ID is declared: a rule or a cadence row. */
    private record Use(String what, String file, int line, Severity severity) {
    }

    private static void uniqueIds(CompiledPack compiled, List<PackProblem> out) {
        Map<String, List<Use>> byId = new LinkedHashMap<>();
        compiled.rulesByName().forEach((name, info) -> {
            if (!compiled.cadenceRuleNames().contains(name)) {
                byId.computeIfAbsent(info.id(), k -> new ArrayList<>())
                        .add(use("rule \"" + name + "\"", info.source(), info.severity()));
            }
        });
        for (Cadence c : compiled.cadences()) {
            byId.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(use("cadence row", c.source(), c.severity()));
        }
        byId.forEach((id, uses) -> {
            // The pack's own rules come first; a pack added to it is the one that reuses an ID.
            uses.sort(Comparator.comparing((Use u) -> u.file().startsWith("packs/")).thenComparing(Use::file)
                    .thenComparingInt(Use::line));
            Use first = uses.get(0);
            for (Use u : uses.subList(1, uses.size())) {
                if (!u.file().equals(first.file())) {
                    out.add(PackProblem.error(u.file(), u.line(), 1, u.what() + ": the ID " + id + " is already used at "
                            + first.file() + ":" + first.line() + "; an ID names one requirement, so rules sharing it "
                            + "belong in one file — give this rule an ID of its own"));
                } else if (u.severity() != first.severity()) {
                    out.add(PackProblem.warning(u.file(), u.line(), 1, u.what() + ": severity " + u.severity()
                            + " differs from " + first.severity() + " of the other rule with ID " + id + " at line "
                            + first.line()));
                }
            }
        });
    }

    private static Use use(String what, String source, Severity severity) {
        int colon = source.lastIndexOf(':');
        String file = colon < 0 ? source : source.substring(0, colon);
        int line = 0;
        try {
            line = colon < 0 ? 0 : Integer.parseInt(source.substring(colon + 1));
        } catch (NumberFormatException e) {
            file = source;
        }
        return new Use(what, file, line, severity);
    }

    private static void unusedParameters(CompiledPack compiled, List<PackProblem> out) {
        Set<String> read = new TreeSet<>();
        compiled.rulesByName().values().forEach(r -> read.addAll(r.parameters()));
        Parameters params = compiled.defaults();
        for (String name : params.names()) {
            if (read.contains(name)) {
                continue;
            }
            Use at = use("", params.sources().getOrDefault(name, "params.properties"), Severity.INFO);
            String similar = read.stream().filter(r -> close(r, name)).findFirst()
                    .map(r -> " (did you mean '" + r + "', which a rule reads?)").orElse("");
            out.add(PackProblem.warning(at.file(), at.line(), 1, "parameter '" + name + "' is not read by any rule"
                    + similar));
        }
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}]*)\\}");

    /**
     * A title takes its numbers from the parameters: a placeholder naming no parameter is an
     * error, a number written into a title a warning (it would not follow its threshold).
     */
    private static void titles(CompiledPack compiled, List<PackProblem> out) {
        Parameters params = compiled.defaults();
        Set<String> seen = new java.util.HashSet<>();
        for (RuleInfo r : compiled.rulesByName().values()) {
            for (String title : List.of(r.title(), r.titleEn())) {
                if (!seen.add(r.source() + title)) {
                    continue;
                }
                Use at = use("", r.source(), Severity.INFO);
                java.util.regex.Matcher m = PLACEHOLDER.matcher(title);
                while (m.find()) {
                    if (!params.has(m.group(1))) {
                        out.add(PackProblem.error(at.file(), at.line(), 1, r.id() + ": the title names '{" + m.group(1)
                                + "}', which is no parameter of the pack"));
                    }
                }
                String words = PLACEHOLDER.matcher(title).replaceAll("");
                if (words.matches("(?s).*\\d.*")) {
                    out.add(PackProblem.warning(at.file(), at.line(), 1, r.id() + ": the title '" + title
                            + "' writes a number: name its parameter instead, e.g. {" + "trn.secretaryMinHours}"));
                }
            }
        }
    }

    /** Names one or two edits apart, or equal but for case: likely the same parameter mistyped. */
    static boolean close(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return true;
        }
        return org.dangjian.model.io.Spelling.distance(a, b) <= 2;
    }
}
