package org.dangjian.rules.vocabulary.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.dangjian.model.Membership;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * A mobile member (流动党员) on {@code asOf}: category MOBILE with mobile information, not suspended,
 * away since {@code since} ({@code monthsAway} whole months), whether at a fixed place, and the
 * “三个一” (一人一证、一人一档、一年一评): certificate, file, and an evaluation in the audit year.
 */
public record MobileMember(
        Membership membership,
        LocalDate since,
        long monthsAway,
        boolean fixedPlace,
        boolean certificate,
        boolean fileKept,
        OptionalInt lastEvaluationYear,
        boolean evaluatedThisYear) implements MembershipFact {

    public MobileMember {
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(since, "since");
        lastEvaluationYear = lastEvaluationYear == null ? OptionalInt.empty() : lastEvaluationYear;
    }

    /** The member's person id. */
    public String personId() {
        return membership.personId();
    }

    /** The member's organization. */
    public String organizationId() {
        return membership.organizationId();
    }

    /** Whether the certificate or the file is missing. */
    public boolean paperworkMissing() {
        return !certificate || !fileKept;
    }

    /** What of the certificate and the file is missing: {@code certificate}, {@code file}. */
    public List<String> missingPaperwork() {
        List<String> out = new ArrayList<>();
        if (!certificate) {
            out.add("certificate");
        }
        if (!fileKept) {
            out.add("file");
        }
        return out;
    }

    /** The last evaluation year as text, {@code none} when never evaluated. */
    public String lastEvaluation() {
        return lastEvaluationYear.isPresent() ? String.valueOf(lastEvaluationYear.getAsInt()) : "none";
    }
}
