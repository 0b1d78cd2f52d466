package org.dangjian.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dangjian.model.Dataset;
import org.dangjian.rules.vocabulary.Unjudged;
import org.dangjian.rules.internal.AuditSession;
import org.dangjian.rules.internal.SharedDerivation;

/**
 * Two audits of one dataset (一次读取、两次审计): with a pack as it is and as it would be (other
 * rules, other thresholds), for a what-if. The dataset is read once by the caller; the facts
 * derived in Java are derived once and reused by the second audit, except those of a deriver that
 * read a parameter whose value the change touches, or of which the second pack wants other facts.
 * Each audit runs in one session (the options' partitioning is not used).
 *
 * <pre>{@code
 * PairedAudit.Reports r = PairedAudit.run(dataset, engine, AuditOptions.DEFAULTS,
 *         engine, AuditOptions.DEFAULTS.withParameters(Parameters.of(Map.of("trn.memberMinHours", 40))));
 * r.before().findings(); r.after().findings();
 * }</pre>
 */
public final class PairedAudit {

    private PairedAudit() {
    }

    /**
     * The two reports, and the derivers whose facts were derived again for the second (by class
     * name: what the change made the engine derive twice).
     */
    public record Reports(AuditReport before, AuditReport after, List<String> derivedAgain) {
        public Reports {
            Objects.requireNonNull(before);
            Objects.requireNonNull(after);
            derivedAgain = List.copyOf(derivedAgain);
        }
    }

    /**
     * Audits {@code dataset} with {@code current} and {@code currentOptions}, and with
     * {@code proposed} and {@code proposedOptions}. The firing limit is the smaller of the two.
     *
     * @throws InvalidParametersException if either options override an unknown or ill-typed threshold
     * @throws RuleFiringLimitException if a rule keeps firing past the limit
     * @throws RuleFailedException if a rule's action throws
     */
    public static Reports run(Dataset dataset, ComplianceEngine current, AuditOptions currentOptions,
                              ComplianceEngine proposed, AuditOptions proposedOptions) {
        AuditSession.Plan planA = current.plan(dataset, currentOptions);
        AuditSession.Plan planB = proposed.plan(dataset, proposedOptions);
        long limit = Math.min(currentOptions.maxFirings(), proposedOptions.maxFirings());
        SharedDerivation.Outcomes out = SharedDerivation.run(dataset,
                new SharedDerivation.Side(current.compiled(), planA), new SharedDerivation.Side(proposed.compiled(), planB),
                limit);
        return new Reports(report(current, dataset, currentOptions, planA, out.before()),
                report(proposed, dataset, proposedOptions, planB, out.after()), out.derivedAgain());
    }

    private static AuditReport report(ComplianceEngine engine, Dataset dataset, AuditOptions options,
                                      AuditSession.Plan plan, SharedDerivation.Outcome outcome) {
        List<Finding> findings = ComplianceEngine.toFindings(new ArrayList<>(outcome.raised()),
                engine.messages(options.language(), plan.parameters()));
        List<Unjudged> unjudged = outcome.unjudged();
        return engine.report(dataset, options, plan, findings, ComplianceEngine.notJudged(unjudged, dataset));
    }
}
