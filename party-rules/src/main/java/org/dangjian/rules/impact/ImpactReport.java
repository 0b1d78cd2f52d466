package org.dangjian.rules.impact;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Language;
import org.dangjian.rules.Severity;

/**
 * What a change of rules or thresholds does to one dataset's findings (规则调整影响分析): the
 * findings that would appear and those that would disappear, counted per rule, per severity and
 * per organization (its own and over its subtree), with the subjects listed. Findings are the
 * same finding on both sides when their {@link Finding#key() key} (rule, subject, period) is; one
 * whose wording, severity or figures change but stays is counted as {@code reworded}.
 *
 * @param before       the report of the pack as it is
 * @param after        the report of the pack as it would be
 * @param parameters   the thresholds whose values differ, by name
 * @param rules        every rule with a finding on either side, by ID
 * @param bySeverity   the counts of each severity, every severity present
 * @param organizations every organization of the dataset in the tree's order (parents first)
 * @param appeared     the findings of {@code after} that {@code before} does not have, in the contract's order
 * @param disappeared  the findings of {@code before} that {@code after} does not have, in the contract's order
 * @param derivedAgain the derivers derived again for {@code after} (the others' facts were shared)
 */
public record ImpactReport(
        LocalDate asOf,
        Language language,
        AuditReport before,
        AuditReport after,
        List<ParameterChange> parameters,
        List<RuleImpact> rules,
        Map<Severity, Counts> bySeverity,
        List<OrgImpact> organizations,
        List<Finding> appeared,
        List<Finding> disappeared,
        List<String> derivedAgain) {

    public ImpactReport {
        Objects.requireNonNull(asOf);
        Objects.requireNonNull(language);
        Objects.requireNonNull(before);
        Objects.requireNonNull(after);
        parameters = List.copyOf(parameters);
        rules = List.copyOf(rules);
        bySeverity = Map.copyOf(bySeverity);
        organizations = List.copyOf(organizations);
        appeared = List.copyOf(appeared);
        disappeared = List.copyOf(disappeared);
        derivedAgain = List.copyOf(derivedAgain);
    }

    /** How many findings before and after, and how many appear and disappear. */
    public record Counts(int before, int after, int appeared, int disappeared) {
        public static final Counts NONE = new Counts(0, 0, 0, 0);

        /** These counts plus {@code o}'s. */
        public Counts plus(Counts o) {
            return new Counts(before + o.before, after + o.after, appeared + o.appeared, disappeared + o.disappeared);
        }

        /** Whether anything appears or disappears. */
        public boolean changes() {
            return appeared > 0 || disappeared > 0;
        }
    }

    /** A threshold whose value differs, as a report writes it (56学时, 90%); empty on the side that lacks it. */
    public record ParameterChange(String name, Optional<String> before, Optional<String> after) {
    }

    /**
     * A rule's findings before and after; {@code reworded} counts the findings on both sides whose
     * message, severity or figures differ (e.g. the threshold a message names).
     */
    public record RuleImpact(String ruleId, String title, Severity severity, Counts counts, int reworded) {
    }

    /**
     * An organization's findings that appear and disappear: its own ({@code own}) and over its
     * subtree, itself included ({@code subtree}).
     */
    public record OrgImpact(String id, String name, Optional<String> parentId, Counts own, Counts subtree) {
    }

    /** The counts of every finding, whatever its rule. */
    public Counts total() {
        return rules.stream().map(RuleImpact::counts).reduce(Counts.NONE, Counts::plus);
    }
}
