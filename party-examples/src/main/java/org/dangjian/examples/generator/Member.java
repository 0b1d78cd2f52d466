package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.Person;

/**
 * A party member while their unit is generated: the person, the membership, and what the other
 * parts need to know (their posts, and the faults planted on them).
 */
final class Member {

    final Person person;
    final Membership membership;
    final OrgNode branch;
    final Profile profile;

    /** Secretary of a grassroots organization, since this day (null if not). */
    LocalDate secretarySince;
    /** Deputy or committee member (委员) of a grassroots organization. */
    boolean committeeSeat;
    /** Secretary or party worker of a two-new organization. */
    boolean twoNewCadre;
    /** Holds a section-level post (科级干部). */
    boolean sectionCadre;
    /** Holds a post in a committee-level organization: their branch must still see them (双重组织生活). */
    boolean leader;
    /** Holds any post: assessed every year. */
    boolean hasPost;

    /** Attends nothing from this day on (planted absence). */
    Optional<LocalDate> absentFrom = Optional.empty();
    /** Attends nothing of their branch in this quarter (1-4; 0 = none): a leader who skips. */
    int skipsQuarter;
    /** The last months of the year left unpaid. */
    int unpaidMonths;
    /** Pays at a lower bracket's rate from this month of the year (13 = never). */
    int underpaysFrom = 13;
    /** Trains less than the yearly hours. */
    boolean trainsShort;
    /** Has no training at all. */
    boolean untrained;

    Member(Person person, Membership membership, OrgNode branch, Profile profile) {
        this.person = person;
        this.membership = membership;
        this.branch = branch;
        this.profile = profile;
    }

    String id() {
        return person.id();
    }

    boolean full() {
        return membership.status() == MembershipStatus.FULL;
    }

    /** FULL or PROBATIONARY and in contact: takes part, trains and pays. */
    boolean active() {
        return membership.status() != MembershipStatus.SUSPENDED && membership.lostContactSince().isEmpty();
    }

    boolean exempt() {
        return membership.exempt();
    }

    boolean mobile() {
        return membership.category() == MemberCategory.MOBILE;
    }

    boolean retired() {
        return membership.category() == MemberCategory.RETIRED;
    }

    /** Whether attendance on {@code date} is possible: a member by then, not planted absent. */
    boolean canAttend(LocalDate date) {
        return active() && !membership.admitted().isAfter(date) && absentFrom.map(a -> date.isBefore(a)).orElse(true);
    }

    int age(LocalDate on) {
        return org.dangjian.model.Periods.ageOn(person.birthDate(), on);
    }

    /** Holds no post and is free for one. */
    boolean free() {
        return !hasPost;
    }
}
