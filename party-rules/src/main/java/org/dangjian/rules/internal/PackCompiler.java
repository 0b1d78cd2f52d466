package org.dangjian.rules.internal;

import org.dangjian.rules.Sources;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.model.ActivityType;
import org.dangjian.model.PeriodKind;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.vocabulary.ActivityCount;
import org.dangjian.rules.vocabulary.cadence.Cadence;
import org.dangjian.rules.vocabulary.OrgScope;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.RuleConditionElement;
import org.kie.api.definition.KiePackage;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.definition.rule.Rule;
import org.kie.internal.conf.ShareBetaNodesOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.dangjian.rules.Findings;
import org.dangjian.rules.InvalidParametersException;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.RulePack;
import org.dangjian.rules.Severity;
import org.dangjian.rules.Validity;

/**
 * Compiles a pack: parameters, cadence table and DRL, then checks every rule's metadata. All
 * problems are collected and thrown together. The DRL is compiled by {@link PackBuild} (the
 * executable model, checked bytecode); the KieBase is built from the rules' model, not through a
 * KieContainer, so nothing is left in the KieRepository (which leaks about 0.25 MB a rebuild).
 */
public final class PackCompiler {

    private static final Logger LOG = LoggerFactory.getLogger(PackCompiler.class);
    private static final Pattern PLACE = Pattern.compile("^(.*?):(\\d+): (.*)$", Pattern.DOTALL);
    public static final List<String> CADENCE_HEADER = List.of(
            "id", "scope", "activityType", "period", "minimum", "severity", "title", "titleEn", "clause");
    static final String MECHANISM = "mechanism";
    /** Rule metadata naming the activity counts a rule reads, e.g. {@code @activityCounts("PARTY_LESSON/MONTH")}. */
    static final String ACTIVITY_COUNTS = "activityCounts";

    private PackCompiler() {
    }

    public static CompiledPack compile(RulePack pack) throws PackException {
        return compile(pack, null);
    }

    /**
     * Compiles {@code pack} keeping only the rules and cadence rows whose ID is in {@code only}
     * (all when null): the same DRL, so the same semantics, without the other rules' network.
     */
    public static CompiledPack compile(RulePack pack, Set<String> only) throws PackException {
        long start = System.nanoTime();
        List<PackProblem> problems = new ArrayList<>();
        List<PackProblem> warnings = new ArrayList<>();
        Parameters params = parameters(pack, problems);
        Sources sources = sources(pack, problems);
        List<Cadence> cadences = cadences(pack, problems);

        Map<String, String> drl = drl(pack, problems);
        if (drl.isEmpty() && cadences.isEmpty()) {
            problems.add(PackProblem.error("rules/", 0, 0, "the pack has no rules (rules/*.drl) and no cadence table"));
        }
        PackBoundary.checkFiles(pack, drl, problems);
        if (!problems.isEmpty()) {
            throw new PackException(sorted(problems));
        }
        // Compiled to bytecode and checked against the pack allow-list before any of it is loaded.
        List<PackBuild.Compiled> built = CompileCache.compileGroups(drl, problems);
        if (!problems.isEmpty()) {
            throw new PackException(sorted(problems));
        }
        KieBaseConfiguration conf = org.kie.api.KieServices.get().newKieBaseConfiguration();
        // Drools 10.2.0 NPEs in RuleExecutor.removeDormantTuple when two rules share a `when` part
        // (upstream 6422, 6846); not sharing beta nodes avoids it at no measurable cost.
        conf.setOption(ShareBetaNodesOption.NO);
        // A restricted compile removes rules from its KieBase: that one is its own.
        InternalKnowledgeBase kbase = only == null ? CompileCache.kieBase(drl, built, conf) : PackBuild.kieBase(built, conf);
        if (only != null) {
            cadences = cadences.stream().filter(c -> only.contains(c.id())).toList();
            restrict(kbase, only, !cadences.isEmpty());
        }

        Map<String, DrlSource.RuleText> texts = new LinkedHashMap<>();
        drl.forEach((file, text) -> DrlSource.rules(file, text).forEach(r -> texts.putIfAbsent(r.name(), r)));
        Map<String, RuleInfo> byId = new TreeMap<>();
        Map<String, RuleInfo> byName = new TreeMap<>();
        Set<String> cadenceRules = new HashSet<>();
        List<Rule> rules = new ArrayList<>();
        kbase.getKiePackages().forEach(p -> rules.addAll(p.getRules()));
        rules.sort(java.util.Comparator.comparing(Rule::getName));
        for (Rule r : rules) {
            DrlSource.RuleText text = texts.get(r.getName());
            String file = text == null ? "rules" : text.file();
            int line = text == null ? 0 : text.line();
            Map<String, Object> meta = r.getMetaData();
            List<String> missing = new ArrayList<>();
            for (String key : List.of("id", "severity", "title", "clause")) {
                if (Findings.meta(meta, key).isEmpty()) {
                    missing.add("@" + key);
                }
            }
            if (!missing.isEmpty()) {
                problems.add(PackProblem.error(file, line, 1, "rule \"" + r.getName() + "\" has no "
                        + String.join(", ", missing) + " (every rule needs @id, @severity, @title, @clause)"));
                continue;
            }
            Severity sev;
            try {
                sev = Severity.parse(Findings.meta(meta, "severity"));
            } catch (IllegalArgumentException e) {
                problems.add(PackProblem.error(file, line, 1, "rule \"" + r.getName() + "\": " + e.getMessage()));
                continue;
            }
            Set<String> requires = new LinkedHashSet<>();
            for (String word : Findings.meta(meta, "requires").split("[,\\s]+")) {
                if (word.isBlank()) {
                    continue;
                }
                if (Inputs.KNOWN.contains(word)) {
                    requires.add(word);
                } else {
                    problems.add(PackProblem.error(file, line, 1, "rule \"" + r.getName()
                            + "\": @requires names unknown input '" + word + "' (" + String.join(", ", Inputs.KNOWN) + ")"));
                }
            }
            List<String> used = text == null ? List.of() : text.parameters();
            for (String name : used) {
                if (!params.has(name)) {
                    problems.add(PackProblem.error(file, line, 1, "rule \"" + r.getName()
                            + "\" reads unknown parameter '" + name + "'"));
                }
            }
            messagePlaceholders(r.getName(), meta, params, file, line, problems);
            String id = Findings.meta(meta, "id");
            Validity validity = RuleVersions.validity(r.getName(), meta, file, line, problems);
            RuleInfo info = new RuleInfo(id, sev, Findings.meta(meta, "title"), Findings.meta(meta, "titleEn"),
                    Findings.meta(meta, "clause"), used, requires, file + ":" + line, validity);
            byName.put(r.getName(), info);
            if ("cadence".equals(Findings.meta(meta, MECHANISM))) {
                cadenceRules.add(r.getName());
            } else {
                byId.merge(id, info, PackCompiler::mergeSameId);
            }
        }
        if (!cadenceRules.isEmpty() || !cadences.isEmpty()) {
            Set<String> requires = Set.of(RecordKind.ACTIVITIES.jsonName());
            for (Cadence c : cadences) {
                RuleInfo info = new RuleInfo(c.id(), c.severity(), c.title(), c.titleEn(), c.clause(), List.of(),
                        requires, c.source());
                byId.merge(c.id(), info, PackCompiler::mergeSameId);
            }
            if (cadenceRules.isEmpty()) {
                warnings.add(PackProblem.warning("cadences.csv", 0, 0,
                        "the pack has a cadence table but no cadence rules to apply it"));
            }
        }
        PackBoundary.ownIds(byName, cadenceRules, cadences, problems);
        RuleVersions.check(byName, cadenceRules, problems, warnings);
        if (!problems.isEmpty()) {
            throw new PackException(sorted(problems));
        }
        Set<Class<?>> types = new HashSet<>();
        for (ObjectTypeNode otn : kbase.getRete().getObjectTypeNodes()) {
            // A restricted compile removes rules, and Drools keeps their object type nodes: only a
            // node that still leads somewhere is matched by a rule (else a pack of six rules derived
            // every fact the whole pack reads).
            if (otn.getObjectType() instanceof ClassObjectType c && otn.getObjectSinkPropagator().size() > 0) {
                types.add(c.getClassType());
            }
        }
        // Which activity counts the rules read: the cadence table's pairs, and those a rule that
        // reads ActivityCount names in @activityCounts; a rule that reads them and names none reads all.
        Set<String> activityPairs = new HashSet<>();
        cadences.forEach(c -> activityPairs.add(FactDemand.pair(c.activityType(), c.period())));
        boolean allActivityCounts = false;
        for (Rule r : rules) {
            if (cadenceRules.contains(r.getName())) {
                continue;
            }
            Set<Class<?>> read = new HashSet<>();
            patternTypes(((RuleImpl) r).getLhs(), read);
            if (read.stream().noneMatch(t -> t.isAssignableFrom(ActivityCount.class))) {
                continue;
            }
            String named = Findings.meta(r.getMetaData(), ACTIVITY_COUNTS);
            if (named.isBlank()) {
                allActivityCounts = true;
            } else {
                DrlSource.RuleText text = texts.get(r.getName());
                activityPairs.addAll(activityPairs(named, text == null ? "rules" : text.file(),
                        text == null ? 0 : text.line(), r.getName(), problems));
            }
        }
        if (!problems.isEmpty()) {
            throw new PackException(sorted(problems));
        }
        LOG.debug("compiled pack {} ({} rules) in {} ms", pack.name(), byName.size(), (System.nanoTime() - start) / 1_000_000);
        return new CompiledPack(pack, kbase, byId, byName, cadenceRules, params, cadences, types,
                allActivityCounts ? null : Set.copyOf(activityPairs), warnings, new PackBuild.Code(drl, built), sources);
    }

    /** {@code "THEME_PARTY_DAY/MONTH, PARTY_LESSON/MONTH"}: the (type, period) pairs of activity counts a rule reads. */
    private static Set<String> activityPairs(String named, String file, int line, String rule, List<PackProblem> problems) {
        Set<String> out = new HashSet<>();
        for (String word : named.split(",")) {
            String[] p = word.strip().split("/");
            try {
                out.add(FactDemand.pair(ActivityType.valueOf(p[0].strip()), PeriodKind.valueOf(p[1].strip())));
            } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
                problems.add(PackProblem.error(file, line, 1, "rule \"" + rule + "\": @" + ACTIVITY_COUNTS + " names '"
                        + word.strip() + "'; write TYPE/PERIOD pairs such as THEME_PARTY_DAY/MONTH"));
            }
        }
        return out;
    }

    /** The classes of every pattern in a rule's conditions, nested ones ({@code not}, {@code from collect}) included. */
    private static void patternTypes(RuleConditionElement e, Set<Class<?>> out) {
        if (e instanceof org.drools.base.rule.Pattern p && p.getObjectType() instanceof ClassObjectType c) {
            out.add(c.getClassType());
        }
        for (RuleConditionElement nested : e.getNestedElements()) {
            if (nested != null && nested != e) {
                patternTypes(nested, out);
            }
        }
    }

    /** Removes from the KieBase every rule whose ID is not in {@code only} (cadence rules stay while rows do). */
    private static void restrict(InternalKnowledgeBase kbase, Set<String> only, boolean keepCadenceRules) {
        for (KiePackage p : new ArrayList<>(kbase.getKiePackages())) {
            for (Rule r : new ArrayList<>(p.getRules())) {
                Map<String, Object> meta = r.getMetaData();
                boolean keep = "cadence".equals(Findings.meta(meta, MECHANISM))
                        ? keepCadenceRules : only.contains(Findings.meta(meta, "id"));
                if (!keep) {
                    kbase.removeRule(p.getName(), r.getName());
                }
            }
        }
    }

    /** The DRL of the pack: {@code rules/**.drl} and the DRL of its decision tables, by file. */
    public static Map<String, String> drl(RulePack pack, List<PackProblem> problems) {
        Map<String, String> drl = new TreeMap<>(pack.files("rules", ".drl"));
        drl.putAll(DecisionTables.toDrl(pack, problems));
        return drl;
    }

    /**
     * Two rules (or rows) may share an ID, e.g. a requirement checked in two ways, or versions of
     * it in force at different times; the first's metadata stands, and the validity spans both.
     */
    static RuleInfo mergeSameId(RuleInfo a, RuleInfo b) {
        List<String> params = new ArrayList<>(a.parameters());
        b.parameters().stream().filter(p -> !params.contains(p)).forEach(params::add);
        Set<String> req = new LinkedHashSet<>(a.requires());
        req.addAll(b.requires());
        return new RuleInfo(a.id(), a.severity(), a.title(), a.titleEn(), a.clause(), params, req, a.source(),
                a.validity().span(b.validity()));
    }

    static final List<String> PARAM_FILES = List.of("params.properties", "params.csv", "params.xlsx", "params.xls");
    static final List<String> CADENCE_FILES = List.of("cadences.csv", "cadences.xlsx", "cadences.xls");
    static final List<String> SOURCE_FILES = List.of("sources.csv", "sources.xlsx", "sources.xls");
    static final List<String> PARAM_HEADER = List.of("name", "value", "description");

    /** The files of one kind ({@code params.*}, {@code cadences.*}) at the roots of a pack and its added packs. */
    static Map<String, String> tableFiles(RulePack pack, List<String> names, List<PackProblem> problems) {
        // The pack's own files first, then those of the packs it was extended by, which may override.
        Map<String, String> out = new TreeMap<>(java.util.Comparator
                .comparing((String path) -> path.startsWith("packs/")).thenComparing(path -> path));
        Map<String, String> byFolder = new TreeMap<>();
        for (String name : names) {
            pack.rootFiles(name).forEach((path, text) -> {
                String folder = path.substring(0, path.length() - name.length());
                String other = byFolder.putIfAbsent(folder, path);
                if (other != null) {
                    problems.add(PackProblem.error(path, 0, 0, "the pack has both " + other + " and " + path
                            + ": keep one of them"));
                } else {
                    out.put(path, text);
                }
            });
        }
        return out;
    }

    /** The documents the pack's clauses cite ({@code sources.csv}): the pack's, then its added packs'. */
    static Sources sources(RulePack pack, List<PackProblem> problems) {
        Sources all = Sources.empty();
        for (Map.Entry<String, String> f : tableFiles(pack, SOURCE_FILES, problems).entrySet()) {
            try {
                all = all.plus(sourceTable(Spreadsheets.read(f.getKey(), f.getValue()), problems));
            } catch (IOException e) {
                problems.add(PackProblem.error(f.getKey(), 0, 0, e.getMessage()));
            }
        }
        return all;
    }

    /** A table with the header {@code key,title,titleEn,issuer,date}; a bad row is a problem at its line. */
    static Sources sourceTable(Spreadsheets.Table table, List<PackProblem> problems) {
        List<Sources.Source> out = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        List<Csv.Row> rows = table.rows();
        if (rows.isEmpty()) {
            return Sources.empty();
        }
        List<String> header = rows.get(0).fields().stream().map(String::strip).toList();
        if (header.size() < 2 || !header.subList(0, 2).equals(Sources.HEADER.subList(0, 2))) {
            problems.add(table.problem(rows.get(0).line(), 1, "the first row must be the header " + String.join(",", Sources.HEADER)));
            return Sources.empty();
        }
        for (Csv.Row row : rows.subList(1, rows.size())) {
            List<String> c = row.fields();
            java.util.function.IntFunction<String> cell = i -> i < c.size() ? c.get(i).strip() : "";
            String key = cell.apply(0);
            if (key.isEmpty() || cell.apply(1).isEmpty()) {
                problems.add(table.problem(row.line(), key.isEmpty() ? 1 : 2, "a source needs a key and a title"));
            } else if (!keys.add(key)) {
                problems.add(table.problem(row.line(), 1, "source '" + key + "' is given twice"));
            } else {
                out.add(new Sources.Source(key, cell.apply(1), cell.apply(2), cell.apply(3), cell.apply(4)));
            }
        }
        return Sources.of(out);
    }

    static Parameters parameters(RulePack pack, List<PackProblem> problems) {
        Parameters all = Parameters.empty();
        for (Map.Entry<String, String> f : tableFiles(pack, PARAM_FILES, problems).entrySet()) {
            try {
                Parameters p = f.getKey().endsWith(".properties")
                        ? Parameters.parse(new StringReader(f.getValue()), f.getKey())
                        : parameterTable(Spreadsheets.read(f.getKey(), f.getValue()), problems);
                Set<String> clash = new HashSet<>(p.names());
                clash.retainAll(all.names());
                if (!clash.isEmpty() && f.getKey().startsWith("packs/")) {
                    // An extending pack may set the built-in thresholds: checked like a user's overrides.
                    Set<String> fresh = new LinkedHashSet<>(p.names());
                    fresh.removeAll(all.names());
                    all = all.plus(subset(p, fresh)).override(subset(p, clash));
                } else {
                    all = all.plus(p);
                }
            } catch (InvalidParametersException e) {
                e.problems().forEach(msg -> problems.add(placed(msg, f.getKey())));
            } catch (IOException e) {
                problems.add(PackProblem.error(f.getKey(), 0, 0, e.getMessage()));
            }
        }
        return all;
    }

    private static Parameters subset(Parameters p, Set<String> names) {
        return p.only(names);
    }

    /** A parameter table: the header {@code name,value,description}, then one parameter a row. */
    static Parameters parameterTable(Spreadsheets.Table table, List<PackProblem> problems) {
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        List<Csv.Row> rows = table.rows();
        if (rows.isEmpty()) {
            return Parameters.empty();
        }
        List<String> header = rows.get(0).fields().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        if (header.size() < 2 || !header.subList(0, 2).equals(PARAM_HEADER.subList(0, 2))) {
            problems.add(table.problem(rows.get(0).line(), 1, "the first row must be the header name,value,description"));
            return Parameters.empty();
        }
        for (Csv.Row row : rows.subList(1, rows.size())) {
            List<String> c = row.fields();
            String name = c.get(0);
            String value = c.size() > 1 ? c.get(1) : "";
            if (name.isEmpty()) {
                problems.add(table.problem(row.line(), 1, "the name is empty"));
            } else if (value.isEmpty()) {
                problems.add(table.problem(row.line(), 2, "parameter '" + name + "' has no value"));
            } else if (values.containsKey(name)) {
                problems.add(table.problem(row.line(), 1, "parameter '" + name + "' is given twice (first at "
                        + sources.get(name) + ")"));
            } else {
                values.put(name, value);
                sources.put(name, table.file() + ":" + row.line());
            }
        }
        return Parameters.located(values, sources);
    }

    static PackProblem placed(String msg, String fallbackFile) {
        Matcher m = PLACE.matcher(msg);
        if (m.matches()) {
            return PackProblem.error(m.group(1), Integer.parseInt(m.group(2)), 0, m.group(3));
        }
        return PackProblem.error(fallbackFile, 0, 0, msg);
    }

    public static List<Cadence> cadences(RulePack pack, List<PackProblem> problems) {
        List<Cadence> out = new ArrayList<>();
        for (Map.Entry<String, String> f : tableFiles(pack, CADENCE_FILES, problems).entrySet()) {
            try {
                out.addAll(parseCadences(Spreadsheets.read(f.getKey(), f.getValue()), problems));
            } catch (IOException e) {
                problems.add(PackProblem.error(f.getKey(), 0, 0, e.getMessage()));
            }
        }
        return out;
    }

    /** Reads a cadence table; every bad cell is a problem at {@code file:line}. */
    static List<Cadence> parseCadences(String file, String text, List<PackProblem> problems) {
        return parseCadences(new Spreadsheets.Table(file, "", Csv.parse(text)), problems);
    }

    /** Reads a cadence table (CSV or workbook); every bad cell is a problem at its row and column. */
    static List<Cadence> parseCadences(Spreadsheets.Table table, List<PackProblem> problems) {
        String file = table.file();
        List<Cadence> out = new ArrayList<>();
        List<Csv.Row> rows = table.rows();
        if (rows.isEmpty()) {
            return out;
        }
        List<String> header = rows.get(0).fields();
        if (!header.equals(CADENCE_HEADER)) {
            problems.add(table.problem(rows.get(0).line(), 1,
                    "the first row must be the header " + String.join(",", CADENCE_HEADER)));
            return out;
        }
        for (Csv.Row row : rows.subList(1, rows.size())) {
            List<String> c = row.fields();
            int before = problems.size();
            if (c.size() != CADENCE_HEADER.size()) {
                problems.add(table.problem(row.line(), 1, "expected " + CADENCE_HEADER.size()
                        + " columns (" + String.join(",", CADENCE_HEADER) + "), found " + c.size()));
                continue;
            }
            String id = c.get(0);
            if (id.isEmpty()) {
                problems.add(table.problem(row.line(), 1, "the id is empty"));
            }
            if (!OrgScope.NAMES.contains(c.get(1))) {
                problems.add(table.problem(row.line(), 2, "unknown scope '" + c.get(1) + "' (one of "
                        + String.join(", ", new java.util.TreeSet<>(OrgScope.NAMES)) + ")"));
            }
            ActivityType type = enumValue(ActivityType.class, c.get(2), table, row.line(), 3, "activity type", problems);
            PeriodKind period = enumValue(PeriodKind.class, c.get(3), table, row.line(), 4, "period", problems);
            int minimum = 0;
            try {
                minimum = Integer.parseInt(c.get(4));
                if (minimum < 1) {
                    problems.add(table.problem(row.line(), 5, "the minimum must be at least 1, not " + minimum));
                }
            } catch (NumberFormatException e) {
                problems.add(table.problem(row.line(), 5, "the minimum must be a whole number, not '" + c.get(4) + "'"));
            }
            Severity sev = null;
            try {
                sev = Severity.parse(c.get(5));
            } catch (IllegalArgumentException e) {
                problems.add(table.problem(row.line(), 6, e.getMessage()));
            }
            if (c.get(6).isEmpty()) {
                problems.add(table.problem(row.line(), 7, "the title is empty"));
            }
            if (c.get(8).isEmpty()) {
                problems.add(table.problem(row.line(), 9, "the clause is empty"));
            }
            if (problems.size() == before) {
                out.add(new Cadence(id, c.get(1), type, period, minimum, sev, c.get(6), c.get(7), c.get(8),
                        file + ":" + row.line()));
            }
        }
        return out;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String word, Spreadsheets.Table table, int line,
                                                   int col, String what, List<PackProblem> problems) {
        try {
            return Enum.valueOf(type, word.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(table.problem(line, col, "unknown " + what + " '" + word + "' (one of "
                    + String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()) + ")"));
            return null;
        }
    }

    private static List<PackProblem> sorted(List<PackProblem> problems) {
        List<PackProblem> s = new ArrayList<>(problems.stream().map(DecisionTables::place).toList());
        s.sort(java.util.Comparator.comparing(PackProblem::file).thenComparingInt(PackProblem::line)
                .thenComparingInt(PackProblem::column));
        return s;
    }

    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}]*)\\}");

    /**
     * A rule's own sentence ({@code @message}, {@code @messageEn}) may place only what a finding
     * has: {@code {measured}}, {@code {criteria}}, {@code {evidence.KEY}} and the pack's parameters.
     * Anything else would reach the report as written, braces and all.
     */
    private static void messagePlaceholders(String rule, Map<String, Object> meta, Parameters params, String file,
                                            int line, List<PackProblem> problems) {
        for (String key : List.of("message", "messageEn")) {
            java.util.regex.Matcher m = PLACEHOLDER.matcher(Findings.meta(meta, key));
            while (m.find()) {
                String name = m.group(1);
                boolean known = name.equals("measured") || name.equals("criteria")
                        || name.matches("evidence\\.[A-Za-z]+") || params.has(name);
                if (!known) {
                    problems.add(PackProblem.error(file, line, 1, "rule \"" + rule + "\": @" + key + " names '{" + name
                            + "}', which is none of {measured}, {criteria}, {evidence.KEY} or a parameter of the pack"));
                }
            }
        }
    }
}
