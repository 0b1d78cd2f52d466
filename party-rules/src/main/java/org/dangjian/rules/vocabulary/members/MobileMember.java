package org.dangjian.rules.vocabulary.members;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.dangjian.model.Membership;
import org.dangjian.rules.vocabulary.MembershipFact;

/**
 * A mobile member (流动党员) on {@code asOf}: category MOBILE with mobile information, not suspended,
 * away since {@code since} ({@code monthsAway} whole months), whether at a fixed place, and the
 * “三个一” (一人一证、一人一档、一年一评): certificate, file, and an evaluation in the audit year.
 * The three flags are as the dataset gives them: left out is unknown, not {@code false}; MEM-005 and
 * MEM-006 list a member they cannot judge for it (the field names in {@link #unknownPaperwork()}).
 */
public record MobileMember(
        Membership membership,
        LocalDate since,
        long monthsAway,
        Optional<Boolean> fixedPlace,
        Optional<Boolean> certificate,
        Optional<Boolean> fileKept,
        OptionalInt lastEvaluationYear,
        boolean evaluatedThisYear) implements MembershipFact {

    public MobileMember {
        Objects.requireNonNull(membership, "membership");
        Objects.requireNonNull(since, "since");
        fixedPlace = fixedPlace == null ? Optional.empty() : fixedPlace;
        certificate = certificate == null ? Optional.empty() : certificate;
        fileKept = fileKept == null ? Optional.empty() : fileKept;
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

    /** Whether the dataset says the member is away at a fixed place (left out: not known to be). */
    public boolean atFixedPlace() {
        return fixedPlace.orElse(false);
    }

    /** Whether the dataset leaves out whether the member is at a fixed place. */
    public boolean fixedPlaceUnknown() {
        return fixedPlace.isEmpty();
    }

    /** Whether the dataset says the certificate or the file is missing. */
    public boolean paperworkMissing() {
        return !certificate.orElse(true) || !fileKept.orElse(true);
    }

    /** Whether neither is known missing but the dataset leaves out the certificate or the file. */
    public boolean paperworkUnknown() {
        return !paperworkMissing() && !unknownPaperwork().isEmpty();
    }

    /** What of the certificate and the file is missing: {@code certificate}, {@code file}. */
    public List<String> missingPaperwork() {
        List<String> out = new ArrayList<>();
        if (!certificate.orElse(true)) {
            out.add("certificate");
        }
        if (!fileKept.orElse(true)) {
            out.add("file");
        }
        return out;
    }

    /** The fields of the certificate and the file the dataset leaves out: {@code mobile.certificate}, {@code mobile.fileKept}. */
    public List<String> unknownPaperwork() {
        List<String> out = new ArrayList<>();
        if (certificate.isEmpty()) {
            out.add("mobile.certificate");
        }
        if (fileKept.isEmpty()) {
            out.add("mobile.fileKept");
        }
        return out;
    }

    /** {@link #unknownPaperwork()} as the arguments of {@code findings.notJudged}. */
    public String[] unknownPaperworkFields() {
        return unknownPaperwork().toArray(new String[0]);
    }

    /** The last evaluation year as text, {@code none} when never evaluated. */
    public String lastEvaluation() {
        return lastEvaluationYear.isPresent() ? String.valueOf(lastEvaluationYear.getAsInt()) : "none";
    }
}
