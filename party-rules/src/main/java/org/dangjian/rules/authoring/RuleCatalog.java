package org.dangjian.rules.authoring;

import org.dangjian.rules.Language;
import org.dangjian.rules.Wording;
import org.dangjian.rules.Sources;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.dangjian.rules.vocabulary.cadence.Cadence;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.internal.PackCompiler;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.RulePack;

/**
 * The rules of a pack as their metadata describes them (规则目录): ID, severity, titles, the
 * parameters each reads with their values, the cadence rows behind an ID, the clause and the file.
 * {@code party-audit rules} prints it, and docs/rules.md is this catalog of the built-in pack in
 * Markdown, so the rules stay the single source of their own description.
 *
 * <pre>{@code
 * String md = RuleCatalog.of(ComplianceEngine.builtIn()).markdown(Map.of());
 * }</pre>
 */
public final class RuleCatalog {

    /** One rule: its metadata, its parameters with their values, and its cadence rows if it is one. */
    public record Entry(RuleInfo rule, Map<String, String> parameters, List<String> cadences) {

        public Entry {
            parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
            cadences = List.copyOf(cadences);
        }
    }

    /** The catalog's areas in the requirement catalog's order; others follow alphabetically. */
    private static final List<String> AREAS = List.of("ORG", "LIFE", "SUP", "TRN", "DEV", "MEM", "CAD", "WEAK", "FUND", "TWO");

    private final RulePack pack;
    private final List<Entry> entries;
    private Parameters values = Parameters.empty();
    private Sources sources = Sources.empty();

    private RuleCatalog(RulePack pack, List<Entry> entries, Parameters values, Sources sources) {
        this(pack, entries);
        this.values = values;
        this.sources = sources;
    }

    private RuleCatalog(RulePack pack, List<Entry> entries) {
        this.pack = pack;
        this.entries = List.copyOf(entries);
    }

    /** Every rule of {@code engine}'s pack. */
    public static RuleCatalog of(ComplianceEngine engine) {
        return of(engine, r -> true);
    }

    /** The rules of {@code engine}'s pack that {@code which} accepts (e.g. those of one added pack). */
    public static RuleCatalog of(ComplianceEngine engine, Predicate<RuleInfo> which) {
        return of(engine, engine.rules(), engine.parameters(), which);
    }

    /**
     * The rules of {@code engine}'s pack that {@code which} accepts and that are in force on
     * {@code day} (one version per ID), with the parameters' values in force that day: what an
     * audit whose {@code asOf} is {@code day} applies.
     */
    public static RuleCatalog inForceOn(ComplianceEngine engine, java.time.LocalDate day, Predicate<RuleInfo> which) {
        return of(engine, engine.rules(day), engine.parameters().inForceOn(day), which);
    }

    private static RuleCatalog of(ComplianceEngine engine, List<RuleInfo> rules, Parameters values,
                                  Predicate<RuleInfo> which) {
        Map<String, List<String>> cadences = new TreeMap<>();
        for (Cadence c : PackCompiler.cadences(engine.pack(), new ArrayList<>())) {
            cadences.computeIfAbsent(c.id(), k -> new ArrayList<>()).add("≥" + c.minimum() + " " + c.activityType()
                    + " / " + c.period() + " (" + c.scope() + ")");
        }
        List<Entry> out = new ArrayList<>();
        for (RuleInfo r : rules) {
            if (!which.test(r)) {
                continue;
            }
            Map<String, String> params = new LinkedHashMap<>();
            r.parameters().forEach(p -> params.put(p, values.has(p) ? values.raw(p) : "?"));
            out.add(new Entry(r, params, cadences.getOrDefault(r.id(), List.of())));
        }
        out.sort(java.util.Comparator.comparing((Entry e) -> areaRank(area(e.rule().id())))
                .thenComparing(e -> area(e.rule().id())).thenComparing(e -> e.rule().id(), RuleCatalog::byNumber));
        return new RuleCatalog(engine.pack(), out, values, engine.sources());
    }

    public List<Entry> entries() {
        return entries;
    }

    /** The same catalog with every rule's source renamed, e.g. to the path an officer knows on disk. */
    public RuleCatalog withSources(java.util.function.UnaryOperator<String> rename) {
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            RuleInfo r = e.rule();
            out.add(new Entry(new RuleInfo(r.id(), r.severity(), r.title(), r.titleEn(), r.clause(), r.parameters(),
                    r.requires(), rename.apply(r.source()), r.validity()), e.parameters(), e.cadences()));
        }
        return new RuleCatalog(pack, out, values, sources);
    }

    /** The catalog as plain text, one block per rule. */
    public String text() {
        StringBuilder s = new StringBuilder();
        for (Entry e : entries) {
            RuleInfo r = e.rule();
            s.append(String.format("%-10s %-8s %s%n", r.id(), r.severity(), Wording.title(r.title(), values, Language.ZH)));
            String pad = " ".repeat(20);
            if (!r.titleEn().isEmpty()) {
                s.append(pad).append(Wording.title(r.titleEn(), values, Language.EN)).append('\n');
            }
            if (!e.parameters().isEmpty()) {
                s.append(pad).append("parameters: ").append(parameters(e, "")).append('\n');
            }
            if (!e.cadences().isEmpty()) {
                s.append(pad).append("cadence: ").append(String.join("; ", e.cadences())).append('\n');
            }
            s.append(pad).append("clause: ").append(sources.cite(r.clause(), Language.ZH)).append('\n');
            if (r.validity().dated()) {
                s.append(pad).append("in force: ").append(r.validity().words(Language.EN)).append('\n');
            }
            s.append(pad).append("source: ").append(r.source()).append('\n');
        }
        s.append(entries.size()).append(" rule(s)\n");
        return s.toString();
    }

    /**
     * The catalog as Markdown (docs/rules.md): a table per area, then, under "Choices where the
     * catalog is ambiguous", each note (its path in the notes' folder to Markdown text) with its headings moved down two
     * levels.
     */
    public String markdown(SortedMap<String, String> notes) {
        StringBuilder s = new StringBuilder();
        s.append("# 规则目录 Rule catalog\n\n");
        s.append("<!-- Generated from the pack: ./party-audit rules --format markdown --notes party-rules/src/main/resources/org/dangjian/rules/vocabulary > docs/rules.md\n");
        s.append("     Do not edit by hand: change the rules (their metadata) or the notes, then regenerate. -->\n\n");
        s.append("Pack **").append(pack.name()).append("** ").append(pack.version());
        if (!pack.description().isEmpty()) {
            s.append(": ").append(pack.description());
        }
        s.append(". ").append(entries.size()).append(" rules; thresholds are parameters (defaults shown), ")
                .append("changed in params.properties or with `--params`.\n");
        String area = null;
        for (Entry e : entries) {
            String a = area(e.rule().id());
            if (!a.equals(area)) {
                area = a;
                s.append("\n## ").append(a).append("\n\n");
                s.append("| ID | Title | Severity | Parameters (default) | Clause | Source |\n");
                s.append("|---|---|---|---|---|---|\n");
            }
            RuleInfo r = e.rule();
            String title = cell(Wording.title(r.title(), values, Language.ZH))
                    + (r.titleEn().isEmpty() ? "" : "<br>" + cell(Wording.title(r.titleEn(), values, Language.EN)));
            List<String> params = new ArrayList<>();
            e.parameters().forEach((k, v) -> params.add("`" + k + "` = " + cell(shown(k, v))));
            e.cadences().forEach(c -> params.add("cadence " + cell(c)));
            String source = r.source().replaceFirst(":\\d+$", "");
            s.append("| ").append(r.id()).append(" | ").append(title).append(" | ").append(r.severity())
                    .append(" | ").append(params.isEmpty() ? "—" : String.join("<br>", params))
                    .append(" | ").append(cell(sources.cite(r.clause(), Language.ZH))).append(" | `").append(source).append("` |\n");
        }
        sourcesSection(s);
        s.append("\n## Choices where the catalog is ambiguous\n");
        if (notes.isEmpty()) {
            s.append("\nNone noted yet (AREA.md beside each catalog area's rules, one per rule area).\n");
        } else {
            notes.forEach((file, text) -> {
                s.append("\n<!-- from ").append(file).append(" -->\n\n");
                for (String line : text.strip().split("\r?\n", -1)) {
                    s.append(line.startsWith("#") ? "##" + line : line).append('\n');
                }
            });
        }
        return s.toString();
    }

    /**
     * The documents the clauses cite (the pack's sources table), and the citations of a regulation
     * that name no article: those whose article number could not be confirmed are cited by the
     * regulation alone rather than by a wrong article.
     */
    private void sourcesSection(StringBuilder s) {
        if (sources.all().isEmpty()) {
            return;
        }
        s.append("\n## 依据文件 Sources\n\n");
        s.append("A clause names a document by its number or short name; the report cites it by title.\n\n");
        s.append("| Key | Title | Issued by | Date |\n|---|---|---|---|\n");
        for (Sources.Source src : sources.all()) {
            s.append("| ").append(cell(src.key())).append(" | 《").append(cell(src.title())).append("》")
                    .append(src.titleEn().isEmpty() ? "" : "<br>" + cell(src.titleEn())).append(" | ")
                    .append(cell(src.issuer())).append(" | ").append(cell(src.date())).append(" |\n");
        }
        Map<String, java.util.Set<String>> noArticle = new java.util.TreeMap<>();
        for (Entry e : entries) {
            for (String key : sources.regulationsWithoutArticle(e.rule().clause())) {
                String title = sources.source(key).map(Sources.Source::title).orElse(key);
                noArticle.computeIfAbsent("《" + title + "》", k -> new java.util.TreeSet<>()).add(e.rule().id());
            }
        }
        if (!noArticle.isEmpty()) {
            s.append("\n## 未注明条款的引用 Citations that name no article\n\n");
            s.append("These rules cite a regulation without an article: the article numbers the catalog copied from\n")
                    .append("secondary sources could not be confirmed, so the citation names the regulation alone\n")
                    .append("rather than a wrong article.\n\n");
            noArticle.forEach((reg, ids) -> s.append("- ").append(reg).append(": ").append(String.join(", ", ids)).append('\n'));
        }
    }

    /** The catalog as a JSON array, one object per rule. */
    public String json() {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(w)) {
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
            for (Entry e : entries) {
                RuleInfo r = e.rule();
                g.writeStartObject();
                g.writeStringField("id", r.id());
                g.writeStringField("severity", r.severity().name());
                g.writeStringField("title", r.title());
                g.writeStringField("titleEn", r.titleEn());
                g.writeStringField("clause", r.clause());
                g.writeObjectFieldStart("parameters");
                for (Map.Entry<String, String> p : e.parameters().entrySet()) {
                    g.writeStringField(p.getKey(), p.getValue());
                }
                g.writeEndObject();
                g.writeArrayFieldStart("cadences");
                for (String c : e.cadences()) {
                    g.writeString(c);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("requires");
                for (String q : new java.util.TreeSet<>(r.requires())) {
                    g.writeString(q);
                }
                g.writeEndArray();
                g.writeStringField("source", r.source());
                if (r.validity().from().isPresent()) {
                    g.writeStringField("validFrom", r.validity().from().get().toString());
                }
                if (r.validity().to().isPresent()) {
                    g.writeStringField("validTo", r.validity().to().get().toString());
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w + "\n";
    }

    /** A parameter's value with its unit (56学时, 90%), as the pack declares it. */
    private String shown(String name, String value) {
        return values.has(name) ? values.display(name, Language.ZH) : value;
    }

    private String parameters(Entry e, String none) {
        List<String> out = new ArrayList<>();
        e.parameters().forEach((k, v) -> out.add(k + " = " + shown(k, v)));
        return out.isEmpty() ? none : String.join(", ", out);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replaceAll("\\s*\\R\\s*", " ");
    }

    static String area(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    private static int areaRank(String area) {
        int i = AREAS.indexOf(area);
        return i < 0 ? AREAS.size() : i;
    }

    /** LIFE-2 before LIFE-10; otherwise as text. */
    private static int byNumber(String a, String b) {
        String na = a.replaceAll("^.*?(\\d+)$", "$1");
        String nb = b.replaceAll("^.*?(\\d+)$", "$1");
        if (na.matches("\\d+") && nb.matches("\\d+") && !na.equals(nb)) {
            return Long.compare(Long.parseLong(na), Long.parseLong(nb));
        }
        return a.compareTo(b);
    }
}
