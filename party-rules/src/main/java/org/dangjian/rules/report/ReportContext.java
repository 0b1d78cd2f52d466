package org.dangjian.rules.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.rules.Language;
import org.dangjian.rules.RuleInfo;

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

    private ReportContext(List<OrgUnit> organizations, List<RuleInfo> rules) {
        this.organizations = List.copyOf(organizations);
        organizations.forEach(o -> orgById.putIfAbsent(o.id(), o));
        rules.forEach(r -> ruleById.putIfAbsent(r.id(), r));
    }

    /** A context of {@code organizations} and {@code rules}. */
    public static ReportContext of(List<OrgUnit> organizations, List<RuleInfo> rules) {
        return new ReportContext(organizations, rules);
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
                .filter(t -> !t.isEmpty()).orElse(id);
    }
}
