package org.dangjian.rules.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.rules.Language;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.Sources;
import org.dangjian.rules.Wording;

/**
 * What report writers need beyond the report itself (报告上下文): the organizations, with names
 * and parents (the HTML report draws the district's tree), and the rules, with titles (SARIF and
 * JUnit name them). Both may be empty: writers then show ids.
 *
 * <pre>{@code
 * ReportContext context = ReportContext.of(
 *         dataset.organizations().stream().map(o -> new ReportContext.OrgUnit(o.id(), o.name(), o.parentId())).toList(),
 *         engine.rules());
 * }</pre>
 */
public final class ReportContext {

    /** No organizations, no rules. */
    public static final ReportContext EMPTY = of(List.of(), List.of());

    /** An organization: id, name and the id of its parent (none for the top). */
    public record OrgUnit(String id, String name, Optional<String> parentId) {
        public OrgUnit {
            Objects.requireNonNull(id, "id");
            name = name == null ? id : name;
            parentId = parentId == null ? Optional.empty() : parentId;
        }
    }

    private final List<OrgUnit> organizations;
    private final Map<String, OrgUnit> orgById = new LinkedHashMap<>();
    private final Map<String, RuleInfo> ruleById = new LinkedHashMap<>();
    private final Parameters parameters;
    private final Sources sources;

    private ReportContext(List<OrgUnit> organizations, List<RuleInfo> rules) {
        this(organizations, rules, Parameters.empty(), Sources.empty());
    }

    private ReportContext(List<OrgUnit> organizations, List<RuleInfo> rules, Parameters parameters, Sources sources) {
        this.parameters = parameters;
        this.sources = sources;
        this.organizations = List.copyOf(organizations);
        organizations.forEach(o -> orgById.putIfAbsent(o.id(), o));
        rules.forEach(r -> ruleById.putIfAbsent(r.id(), r));
    }

    /** A context of {@code organizations} and {@code rules}. */
    public static ReportContext of(List<OrgUnit> organizations, List<RuleInfo> rules) {
        return new ReportContext(organizations, rules);
    }

    /**
     * The same context with the audit's thresholds and the pack's documents, so that rule titles
     * read with their values ({@code 不足{trn.secretaryMinHours}} → 不足56学时) and clauses cite
     * documents by title.
     */
    public ReportContext withPack(Parameters p, Sources s) {
        return new ReportContext(organizations, List.copyOf(ruleById.values()), p, s);
    }

    /** The organizations, in the order given. */
    public List<OrgUnit> organizations() {
        return organizations;
    }

    /** The name of organization {@code id}, or the id itself when it is unknown. */
    public String organizationName(String id) {
        OrgUnit o = orgById.get(id);
        return o == null ? id : o.name();
    }

    /** The rule {@code id}, when known. */
    public Optional<RuleInfo> rule(String id) {
        return Optional.ofNullable(ruleById.get(id));
    }

    /** The rule's title in {@code lang} (Chinese when it has no English one), or its id. */
    public String ruleTitle(String id, Language lang) {
        return rule(id).map(r -> lang == Language.EN && !r.titleEn().isEmpty() ? r.titleEn() : r.title())
                .filter(t -> !t.isEmpty()).map(t -> Wording.title(t, parameters, lang)).orElse(id);
    }

    /** The rule's clause citing documents by title in {@code lang}, empty if the rule is unknown. */
    public String ruleClause(String id, Language lang) {
        return rule(id).map(r -> sources.cite(r.clause(), lang)).orElse("");
    }
}
