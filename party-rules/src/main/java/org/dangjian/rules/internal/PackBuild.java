package org.dangjian.rules.internal;

import org.dangjian.rules.PackProblem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.KieBuilderImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.builder.model.KieModuleModel;
import org.kie.internal.builder.InternalKieBuilder;
import org.kie.internal.builder.conf.ExternaliseCanonicalModelLambdaOption;

/**
 * Compiles a pack's DRL through Drools' executable model (可执行模型): conditions, actions,
 * functions, attributes and declared types become Java classes, compiled in memory. Their bytes are
 * checked by {@link PackVerifier} before any is loaded; only then are they defined, by a
 * {@link PackClassLoader} that resolves nothing but the pack's classes and the names the check let
 * through, and the KieBase is built from the rules' model. No MVEL runs at any time, and building
 * runs no code of the pack (rule attributes and metadata must be literals; functions run only when
 * a rule fires).
 */
final class PackBuild {

    private static final AtomicLong BUILDS = new AtomicLong();
    private static final Pattern JAVA_SOURCE = Pattern.compile("^Java source of (\\S+) in error:\\s*\\n", Pattern.DOTALL);
    private static final Pattern RULE_NAME = Pattern.compile("^\\s*\\* Rule name: (.*)$");
    private static final Pattern LINE_COL = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+)");
    private static final String RESOURCES = "src/main/resources/";
    private static final Pattern FUNCTION = Pattern.compile("(?m)^\\s*function\\s+[\\w.<>\\[\\], ]+?\\s+(\\w+)\\s*\\(");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package\\s+([A-Za-z0-9_$.\\s]+?)\\s*(?:;|$)");

    private PackBuild() {
    }

    /** The classes compiled from a pack, checked, and the models of its rules. */
    record Compiled(Map<String, byte[]> classes, List<String> modelClasses) {
    }

    /** A pack's DRL and what it compiled to: tells which rule or function a frame of a stack trace is in. */
    record Code(Map<String, String> drl, List<Compiled> parts) {

        /** {@code rule "X" (file:line)} or {@code function f (file:line)} for a frame of the pack's code, else null. */
        String where(String className, String method) {
            String internal = className.replace('.', '/');
            for (Compiled c : parts) {
                if (c.classes().containsKey(internal)) {
                    PackProblem p = new Locator(drl).place(new PackVerifier.Refusal(internal, method, "", ""), c.classes());
                    String what = p.message().replaceAll(":\\s*$", "");
                    return p.line() == 0 ? null : what + " (" + p.file() + ":" + p.line() + ")";
                }
            }
            return null;
        }
    }

    /**
     * Compiles {@code drl} (pack path to DRL text) and checks the result; problems are added to
     * {@code problems} (file:line:column, and the rule) and null returned when there is any.
     */
    static Compiled compile(Map<String, String> drl, List<PackProblem> problems) {
        KieServices ks = KieServices.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId rid = ks.newReleaseId("org.dangjian.pack", "pack" + BUILDS.incrementAndGet(), "1");
        kfs.generateAndWritePomXML(rid);
        Map<String, String> written = new HashMap<>();
        int[] n = {0};
        drl.forEach((path, text) -> {
            // In the folder of its package (Drools warns otherwise); decision tables arrive as their DRL.
            Matcher pkg = PACKAGE.matcher(text);
            String folder = pkg.find() ? pkg.group(1).replaceAll("\\s+", "").replace('.', '/') + "/" : "";
            String name = RESOURCES + folder + (n[0]++) + "-" + path.substring(path.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9_.-]", "_")
                    + (path.endsWith(".drl") ? "" : ".drl");
            written.put(name.substring(RESOURCES.length()), path);
            kfs.write(name, text.getBytes(StandardCharsets.UTF_8));
        });
        KieModuleModel module = ks.newKieModuleModel();
        // Lambdas stay in the rule's method, so a problem in the generated code names its rule.
        module.setConfigurationProperty(ExternaliseCanonicalModelLambdaOption.PROPERTY_NAME, "false");
        module.newKieBaseModel("pack").setDefault(true).addPackage("*");
        KieBuilder kb;
        try {
            kb = ((InternalKieBuilder) ks.newKieBuilder(kfs)).withKModuleModel(module).buildAll(ExecutableModelProject.class);
        } catch (RuntimeException e) {
            // The executable model throws a bare NumberFormatException for `birthYear == "abc"` (engineering notes).
            problems.add(PackProblem.error(drl.keySet().stream().findFirst().orElse("rules/"), 0, 0,
                    "cannot compile: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())));
            return null;
        }
        Locator locator = new Locator(drl);
        messages(kb.getResults().getMessages(), written, locator, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        Map<String, byte[]> classes = new LinkedHashMap<>();
        List<String> models = new ArrayList<>();
        ((KieBuilderImpl) kb).getTrgMfs().getMap().forEach((path, bytes) -> {
            String p = path.asString();
            if (p.endsWith(".class") && !p.startsWith("org/drools/project/model/")) {
                classes.put(p.substring(0, p.length() - ".class".length()), bytes);
            } else if (p.startsWith("META-INF/kie/") && p.endsWith("/drools-model")) {
                new String(bytes, StandardCharsets.UTF_8).lines().skip(1).map(String::strip)
                        .filter(l -> !l.isEmpty()).forEach(models::add);
            }
        });
        return checked(drl, classes, models, problems);
    }

    /**
     * {@code classes} compiled from {@code drl} (here, or when the party-rules jar was built: see
     * {@link BuiltInModel}), checked by {@link PackVerifier}; null with problems when refused.
     */
    static Compiled checked(Map<String, String> drl, Map<String, byte[]> classes, List<String> models,
                            List<PackProblem> problems) {
        Locator locator = new Locator(drl);
        java.util.Set<String> functions = new java.util.HashSet<>();
        drl.values().forEach(text -> {
            Matcher f = FUNCTION.matcher(text);
            while (f.find()) {
                functions.add(f.group(1));
            }
        });
        for (PackVerifier.Refusal r : PackVerifier.verify(classes, functions)) {
            problems.add(locator.place(r, classes));
        }
        return problems.isEmpty() ? new Compiled(classes, models) : null;
    }

    /** The KieBase of a checked pack: its classes defined by a loader of their own, its rules' models built. */
    static InternalKnowledgeBase kieBase(List<Compiled> parts, KieBaseConfiguration conf) {
        List<Model> models = new ArrayList<>();
        for (Compiled compiled : parts) {
            PackClassLoader loader = new PackClassLoader(compiled.classes(), PackBuild.class.getClassLoader());
            for (String name : compiled.modelClasses()) {
                try {
                    models.add((Model) loader.loadClass(name).getDeclaredConstructor().newInstance());
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("the compiled pack has no model " + name, e);
                }
            }
        }
        return KieBaseBuilder.createKieBaseFromModel(models, conf);
    }

    private static void messages(Collection<Message> messages, Map<String, String> written, Locator locator,
                                 List<PackProblem> problems) {
        Map<String, String> sources = new HashMap<>();
        for (Message m : messages) {
            Matcher src = JAVA_SOURCE.matcher(m.getText() == null ? "" : m.getText());
            if (src.find()) {
                sources.put(src.group(1), m.getText().substring(src.end()));
            }
        }
        for (Message m : messages) {
            if (m.getLevel() != Message.Level.ERROR || JAVA_SOURCE.matcher(m.getText() == null ? "" : m.getText()).find()) {
                continue;
            }
            String text = m.getText() == null ? "error" : m.getText().strip().replaceAll("\\s+", " ");
            String path = m.getPath() == null ? "" : m.getPath();
            if (path.endsWith(".java")) {
                problems.add(locator.javaError(sources.get(path), m.getLine(), text));
                continue;
            }
            String file = written.getOrDefault(path, path.isEmpty() ? "rules/" : path);
            int line = m.getLine();
            int column = 0;
            Matcher lc = LINE_COL.matcher(text);
            if (lc.find()) {
                line = Integer.parseInt(lc.group(1));
                column = Integer.parseInt(lc.group(2)) + 1;
            }
            problems.add(PackProblem.error(file, line, column, text));
        }
    }

    /** Turns a place in the generated code into the rule (or function, or declared type) of the DRL and its line. */
    private static final class Locator {
        private final Map<String, DrlSource.RuleText> rules = new LinkedHashMap<>();
        private final Map<String, String> drl;

        Locator(Map<String, String> drl) {
            this.drl = drl;
            drl.forEach((file, text) -> DrlSource.rules(file, text).forEach(r -> rules.putIfAbsent(r.name(), r)));
        }

        /** A Java compiler error in generated source: the rule whose method holds the line. */
        PackProblem javaError(String source, int line, String text) {
            if (source != null && line > 0) {
                String[] lines = source.split("\n", -1);
                for (int k = Math.min(line, lines.length) - 1; k >= 0; k--) {
                    Matcher rn = RULE_NAME.matcher(lines[k]);
                    if (rn.find() && rules.containsKey(rn.group(1).strip())) {
                        return at(rules.get(rn.group(1).strip()), "", text);
                    }
                }
                for (String f : functions(source, line)) {
                    PackProblem p = function(f, "", text);
                    if (p != null) {
                        return p;
                    }
                }
            }
            return PackProblem.error(drl.keySet().stream().findFirst().orElse("rules/"), 0, 0, text);
        }

        private static List<String> functions(String source, int line) {
            List<String> names = new ArrayList<>();
            String[] lines = source.split("\n", -1);
            Pattern method = Pattern.compile("^\\s*public static \\S+ (\\w+)\\(");
            for (int k = Math.min(line, lines.length) - 1; k >= 0; k--) {
                Matcher m = method.matcher(lines[k]);
                if (m.find()) {
                    names.add(m.group(1));
                    break;
                }
            }
            return names;
        }

        /** A refusal of the bytecode check, at the rule, function or type it was found in. */
        PackProblem place(PackVerifier.Refusal r, Map<String, byte[]> classes) {
            String method = enclosing(r.className(), r.method(), classes);
            String rule = method.startsWith("rule_") ? ruleName(r.className(), method, classes) : null;
            if (rule != null && rules.containsKey(rule)) {
                return at(rules.get(rule), r.member(), r.what());
            }
            PackProblem p = method.isEmpty() ? null : function(method, r.member(), r.what());
            if (p != null) {
                return p;
            }
            for (String type : List.of(PackVerifier.simple(r.className()), r.member())) {
            for (Map.Entry<String, String> f : drl.entrySet()) {
                if (type.isEmpty()) {
                    continue;
                }
                Matcher d = Pattern.compile("(?m)^\\s*declare\\s+(?:enum\\s+)?" + Pattern.quote(type) + "\\b").matcher(f.getValue());
                if (d.find()) {
                    return located(f.getKey(), f.getValue(), d.start(), d.end() + 2000, r.member(),
                            "declared type " + type + ": " + r.what());
                }
            }
            }
            return PackProblem.error(drl.keySet().stream().findFirst().orElse("rules/"), 0, 0,
                    "generated class " + PackVerifier.show(r.className()) + ": " + r.what());
        }

        private static String enclosing(String className, String method, Map<String, byte[]> classes) {
            try {
                return method.startsWith("lambda$") ? ClassFile.read(classes.get(className)).enclosing(method) : method;
            } catch (java.io.IOException e) {
                return method;
            }
        }

        /** The rule a generated {@code rule_...} method builds: the name it passes to {@code D.rule(package, name)}. */
        private static String ruleName(String className, String method, Map<String, byte[]> classes) {
            try {
                ClassFile c = ClassFile.read(classes.get(className));
                for (ClassFile.Method m : c.methods) {
                    if (!m.name().equals(method)) {
                        continue;
                    }
                    List<ClassFile.Use> uses = m.uses();
                    for (int k = 1; k < uses.size(); k++) {
                        if (uses.get(k).constant() instanceof ClassFile.Ref r && r.name().equals("rule")
                                && uses.get(k - 1).constant() instanceof String name) {
                            return name;
                        }
                    }
                }
            } catch (java.io.IOException e) {
                return null;
            }
            return null;
        }

        private PackProblem function(String name, String member, String what) {
            for (Map.Entry<String, String> f : drl.entrySet()) {
                Matcher d = Pattern.compile("(?m)^\\s*function\\s+[\\w.<>\\[\\], ]+?\\s+" + Pattern.quote(name) + "\\s*\\(")
                        .matcher(f.getValue());
                if (d.find()) {
                    int end = f.getValue().indexOf("\n}", d.end());
                    return located(f.getKey(), f.getValue(), d.start(), end < 0 ? f.getValue().length() : end,
                            member, "function " + name + ": " + what);
                }
            }
            return null;
        }

        private PackProblem at(DrlSource.RuleText rule, String member, String what) {
            String text = drl.get(rule.file());
            // After the rule's name, which may well hold the word (a rule named "Hostile delete");
            // with no word to look for, the rule's first line.
            int start = lineStart(text, rule.line());
            int next = text.indexOf('\n', start) + 1;
            start = member.isEmpty() || next == 0 ? start : next;
            return located(rule.file(), text, start, start + rule.text().length(), member,
                    "rule \"" + rule.name() + "\": " + what);
        }

        /** The first place in {@code text[from, to)} where {@code member} stands as a word, else {@code from}. */
        private static PackProblem located(String file, String text, int from, int to, String member, String message) {
            int at = from;
            if (!member.isEmpty()) {
                Matcher w = Pattern.compile("(?<![\\w$])" + Pattern.quote(member) + "(?![\\w$])").matcher(text);
                w.region(from, Math.min(to, text.length()));
                if (w.find()) {
                    at = w.start();
                }
            }
            int line = DrlSource.lineOf(text, at);
            int column = at - (at == 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1) + 1;
            return PackProblem.error(file, line, column, message);
        }

        private static int lineStart(String text, int line) {
            int at = 0;
            for (int l = 1; l < line && at >= 0; l++) {
                at = text.indexOf('\n', at) + 1;
            }
            return Math.max(0, at);
        }
    }
}
