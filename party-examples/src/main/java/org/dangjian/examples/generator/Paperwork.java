package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.Assessment;
import org.dangjian.model.AssessmentResult;
import org.dangjian.model.ContactPoint;
import org.dangjian.model.EvaluationResult;
import org.dangjian.model.MemberEvaluation;
import org.dangjian.model.PersonalMattersReport;

/**
 * The year's files on people: assessments of people in post (年度考核) for this year and last,
 * democratic evaluations of members (民主评议), section-level cadres' contact points (联系点) and
 * personal-matters reports (个人有关事项报告).
 */
final class Paperwork {

    private final Ctx ctx;

    Paperwork(Ctx ctx) {
        this.ctx = ctx;
    }

    /** Last year's assessment, and this year's once the year is nearly over. */
    List<Assessment> assessments(Rng rng, Member m) {
        List<Assessment> out = new ArrayList<>();
        boolean failing = m.secretarySince != null && ctx.hit(rng, Fault.INCOMPETENT_SECRETARY);
        for (int year = ctx.year - 1; year <= ctx.year; year++) {
            if (year == ctx.year && ctx.asOf.isBefore(LocalDate.of(year, 12, 15))) {
                break;
            }
            AssessmentResult r = failing ? AssessmentResult.INCOMPETENT
                    : AssessmentResult.values()[rng.weighted(22, 75, 3, 0)];
            out.add(new Assessment(m.id(), year, r, Optional.of(!failing), false));
        }
        return out;
    }

    /** The evaluation of a member who was one on the day of their branch's evaluation. */
    Optional<MemberEvaluation> evaluation(Rng rng, Member m, LocalDate evaluatedOn) {
        if (!m.canAttend(evaluatedOn)) {
            return Optional.empty();
        }
        if (ctx.hit(rng, Fault.UNQUALIFIED_UNHANDLED)) {
            return Optional.of(new MemberEvaluation(m.id(), ctx.year, EvaluationResult.UNQUALIFIED, Optional.of(false)));
        }
        EvaluationResult r = EvaluationResult.values()[rng.weighted(12, 86, 2, 0.1)];
        // Whether handled (处置) is asked of an unqualified member only; left out for the others.
        return Optional.of(new MemberEvaluation(m.id(), ctx.year, r,
                r == EvaluationResult.UNQUALIFIED ? Optional.of(true) : Optional.empty()));
    }

    /** A section-level cadre's days at their contact point, and their report filed early in the year. */
    List<Object> sectionCadre(Rng rng, Member m, String contactOrgId) {
        List<Object> out = new ArrayList<>();
        double days = ctx.hit(rng, Fault.FEW_DAYS_ON_SITE) ? rng.between(3, 9) : rng.between(10, 28) + (rng.chance(0.3) ? 0.5 : 0);
        out.add(new ContactPoint(m.id(), contactOrgId, ctx.year, days));
        LocalDate filed = rng.date(LocalDate.of(ctx.year, 1, 10), LocalDate.of(ctx.year, 3, 31));
        if (!filed.isAfter(ctx.asOf) && !ctx.hit(rng, Fault.NO_PERSONAL_MATTERS_REPORT)) {
            out.add(new PersonalMattersReport(m.id(), ctx.year, filed));
        }
        return out;
    }
}
