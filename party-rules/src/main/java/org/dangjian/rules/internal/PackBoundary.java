package org.dangjian.rules.internal;

import org.dangjian.rules.Findings;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.RulePack;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.ast.descr.TypeFieldDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

/**
 * What a pack's DRL must satisfy before it is handed to the compiler, read by Drools' own DRL parser
 * (so it reads the text exactly as the compiler will; the parser evaluates nothing):
 *
 * <ul>
 *   <li>the values of metadata ({@code @id(...)}) and of rule attributes ({@code salience} …), and
 *       the defaults of declared fields, are literals: a string, a number, a name. Drools evaluates
 *       metadata with MVEL while it compiles, before any bytecode exists to be checked, so an
 *       expression there would run at {@code lint};
 *   <li>no {@code import accumulate} (Drools instantiates the named class while compiling) and no
 *       rule units;
 *   <li>the pack's {@code package} is its own, not the platform's, Drools' or the engine's, whose
 *       names its declared types would shadow;
 *   <li>no import from {@code org.dangjian.rules.facts}, where the facts were before they moved
 *       into the vocabulary: the import is told where its type lives now;
 *   <li>only the built-in pack applies the cadence table under a row's ID ({@code @mechanism("cadence")}),
 *       since a finding's rule ID is always the firing rule's.
 * </ul>
 */
final class PackBoundary {

    private static final Pattern LITERAL = Pattern.compile(
            "\\s*(?:\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'|[-+]?\\d+(?:\\.\\d+)?[lLdDfF]?|[\\p{L}_$][\\p{L}\\p{N}_$]*)\\s*");
    /** A list of literals, as {@code @watch(name, !age)} or {@code @key} lists write them. */
    private static final Pattern LITERALS = Pattern.compile("(?:" + LITERAL.pattern() + "|[!,*\\s])*");
    private static final List<String> RESERVED = List.of(
            "java", "javax", "jdk", "sun", "com.sun", "org.kie", "org.drools", "org.mvel2", "org.dangjian");
    /** Where the derived facts were before they moved into the vocabulary's packages. */
    private static final String OLD_FACTS = "org.dangjian.rules.facts.";
    /** The built-in pack's own package, for its own files only. */
    private static final String BUILT_IN_PACKAGE = "org.dangjian.rules.builtin";

    private PackBoundary() {
    }

    /** Adds a problem, at its file:line:column, for each thing of {@code drl} (path to text) refused before compiling. */
    static void checkFiles(RulePack pack, Map<String, String> drl, List<PackProblem> problems) {
        Map<String, String> builtIn = RulePack.builtIn().files();
        drl.forEach((file, text) -> {
            PackageDescr p;
            DrlParser parser = new DrlParser();
            try {
                p = parser.parse(false, text);
            } catch (DroolsParserException | RuntimeException e) {
                return; // the compiler reports the syntax error at its place
            }
            if (parser.hasErrors() || p == null) {
                return;
            }
            new FileCheck(file, text, problems).check(p, text.equals(builtIn.get(file)));
        });
    }

    /**
     * A pack added to another raises findings under IDs of its own: a rule or cadence row of
     * {@code packs/NAME/} whose {@code @id} the other pack (or another added pack) uses is refused,
     * so no added rule can raise, say, a CRITICAL finding under a built-in requirement's ID.
     */
    static void ownIds(Map<String, RuleInfo> rulesByName, java.util.Set<String> cadenceRules,
                       List<org.dangjian.rules.vocabulary.cadence.Cadence> cadences, List<PackProblem> problems) {
        Map<String, String> owner = new java.util.HashMap<>();
        List<String[]> uses = new ArrayList<>();
        rulesByName.forEach((name, info) -> {
            if (!cadenceRules.contains(name)) {
                uses.add(new String[] {info.id(), info.source(), "rule \"" + name + "\""});
            }
        });
        cadences.forEach(c -> uses.add(new String[] {c.id(), c.source(), "cadence row"}));
        for (String[] u : uses) {
            owner.merge(u[0], packOf(u[1]), (a, b) -> a.equals(b) ? a : a + "|" + b);
        }
        for (String[] u : uses) {
            String packs = owner.get(u[0]);
            if (packs.contains("|") && !packOf(u[1]).isEmpty()) {
                int colon = u[1].lastIndexOf(':');
                String file = colon < 0 ? u[1] : u[1].substring(0, colon);
                int line = colon < 0 ? 0 : Integer.parseInt(u[1].substring(colon + 1).replaceAll("\\D", "0"));
                problems.add(PackProblem.error(file, line, 1, u[2] + ": the ID " + u[0] + " belongs to another pack; "
                        + "an added pack raises findings under IDs of its own"));
            }
        }
    }

    /**
     * Where a type a pack imports from the derived facts' old package now lives: the facts moved
     * into the rule vocabulary, one package per catalog area, and an old pack is told so at its import.
     */
    static java.util.Optional<String> moved(String target) {
        String t = target == null ? "" : target.strip();
        if (!t.startsWith(OLD_FACTS)) {
            return java.util.Optional.empty();
        }
        String simple = t.substring(OLD_FACTS.length());
        return java.util.Optional.of(BuiltInAreas.vocabularyType(simple)
                .map(now -> "import " + t + ": " + simple + " has moved to the rule vocabulary: import " + now)
                .orElse("import " + t + ": the package org.dangjian.rules.facts has moved to the rule vocabulary, "
                        + "org.dangjian.rules.vocabulary (the shared facts) and its sub-packages, one per catalog area "
                        + "(docs/authoring.md)"));
    }

    /** {@code packs/NAME/} for a source in an added pack, "" for the pack's own files. */
    private static String packOf(String source) {
        return source.startsWith("packs/") && source.indexOf('/', 6) > 0 ? source.substring(0, source.indexOf('/', 6)) : "";
    }

    /** The checks of one file. */
    private record FileCheck(String file, String text, List<PackProblem> problems) {

        void check(PackageDescr p, boolean builtIn) {
            String name = p.getName() == null ? "" : p.getName().strip();
            boolean own = builtIn && name.equals(BUILT_IN_PACKAGE);
            if (!own && RESERVED.stream().anyMatch(r -> name.equals(r) || name.startsWith(r + "."))) {
                add(p, "package " + name + " belongs to the platform, Drools or the engine; name the pack's own "
                        + "package (e.g. street.heping)");
            }
            p.getImports().forEach(i -> moved(i.getTarget()).ifPresent(m -> add(i, m)));
            p.getAccumulateImports().forEach(a -> add(a, "import accumulate is not allowed in a rule pack: Drools "
                    + "makes an instance of the class while compiling; use the built-in accumulate functions"));
            if (p.getUnit() != null) {
                add(p.getUnit(), "rule units are not allowed in a rule pack");
            }
            attributes(p.getAttributes(), "package");
            for (RuleDescr r : p.getRules()) {
                String where = "rule \"" + r.getName() + "\": ";
                annotations(r, where);
                attributes(r.getAttributes().values(), where);
                AnnotationDescr mechanism = r.getAnnotation("mechanism");
                if (mechanism != null && "cadence".equals(Findings.meta(mechanism.getValueMap(), AnnotationDescr.VALUE))
                        && file.startsWith("packs/")) {
                    add(mechanism.getLine() > 0 ? mechanism : r, where + "@mechanism(\"cadence\") is the built-in pack's: an added pack adds rows to "
                            + "cadences.csv, and its rules raise findings under their own @id");
                }
            }
            List<AbstractClassTypeDeclarationDescr> types = new ArrayList<>(p.getTypeDeclarations());
            types.addAll(p.getEnumDeclarations());
            for (AbstractClassTypeDeclarationDescr t : types) {
                String where = "declare " + t.getTypeName() + ": ";
                annotations(t, where);
                for (TypeFieldDescr f : t.getFields().values()) {
                    annotations(f, where);
                    String init = f.getInitExpr();
                    if (init != null && !init.isBlank() && !LITERAL.matcher(init).matches()) {
                        add(f, where + "the default of field " + f.getFieldName() + " must be a literal value "
                                + "(a string, a number, a name), not " + init.strip());
                    }
                }
            }
        }

        private void annotations(AnnotatedBaseDescr d, String where) {
            for (AnnotationDescr a : d.getAnnotations()) {
                for (Object v : a.getValueMap().values()) {
                    if (v != null && !LITERALS.matcher(v.toString()).matches()) {
                        add(a.getLine() > 0 ? a : d, where + "the value of @" + a.getName() + " must be a literal (a "
                                + "string, a number, a name): Drools evaluates metadata while it compiles, before "
                                + "anything can be checked");
                    }
                }
            }
        }

        private void attributes(Collection<AttributeDescr> attributes, String where) {
            for (AttributeDescr a : attributes) {
                String v = a.getValue();
                if (v != null && !LITERALS.matcher(v).matches()) {
                    add(a, where + "the attribute " + a.getName() + " must be a literal value, not " + v.strip());
                }
            }
        }

        private void add(BaseDescr d, String message) {
            int line = Math.max(d.getLine(), 0);
            int column = d.getColumn() >= 0 ? d.getColumn() + 1 : 0;
            if (line == 0 && d.getStartCharacter() >= 0) {
                line = DrlSource.lineOf(text, d.getStartCharacter());
            }
            problems.add(PackProblem.error(file, line, column, message));
        }
    }
}
