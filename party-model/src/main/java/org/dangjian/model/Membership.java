package org.dangjian.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The party membership (党籍) of one person in the lowest organization they belong to.
 *
 * <p>Required fields are never null; optional fields of the dataset contract are {@code Optional}s.
 * {@code exempt} left out means not exempt: an exemption (免于参加组织生活等, 条例 Art. 23) is approved
 * and recorded, and a member without one is held to the training and participation requirements
 * (docs/data-format.md, "Fields left out").
 */
public record Membership(
        String personId,
        String organizationId,
        MembershipStatus status,
        LocalDate admitted,
        Optional<LocalDate> fullSince,
        Optional<LocalDate> probationExtendedUntil,
        Optional<LocalDate> activistSince,
        Optional<LocalDate> candidateSince,
        OptionalDouble preAdmissionTrainingHours,
        MemberCategory category,
        Optional<String> workUnitId,
        boolean exempt,
        Optional<LocalDate> lostContactSince,
        Optional<LocalDate> suspendedSince,
        OptionalDouble monthlyIncomeYuan,
        Optional<MobileInfo> mobile,
        Optional<String> reportedToCommunityId) {

    public Membership {
        Objects.requireNonNull(personId, "personId");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(admitted, "admitted");
        fullSince = fullSince == null ? Optional.empty() : fullSince;
        probationExtendedUntil = probationExtendedUntil == null ? Optional.empty() : probationExtendedUntil;
        activistSince = activistSince == null ? Optional.empty() : activistSince;
        candidateSince = candidateSince == null ? Optional.empty() : candidateSince;
        preAdmissionTrainingHours = preAdmissionTrainingHours == null ? OptionalDouble.empty() : preAdmissionTrainingHours;
        category = category == null ? MemberCategory.DIRECT : category;
        workUnitId = workUnitId == null ? Optional.empty() : workUnitId;
        lostContactSince = lostContactSince == null ? Optional.empty() : lostContactSince;
        suspendedSince = suspendedSince == null ? Optional.empty() : suspendedSince;
        monthlyIncomeYuan = monthlyIncomeYuan == null ? OptionalDouble.empty() : monthlyIncomeYuan;
        mobile = mobile == null ? Optional.empty() : mobile;
        reportedToCommunityId = reportedToCommunityId == null ? Optional.empty() : reportedToCommunityId;
    }
}
