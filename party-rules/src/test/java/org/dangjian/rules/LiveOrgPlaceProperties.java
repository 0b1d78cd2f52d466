package org.dangjian.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.OrganizerLevel;
import org.dangjian.model.Position;
import org.dangjian.model.Rectification;
import org.dangjian.model.RectificationKind;
import org.dangjian.model.ReserveCadre;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.dangjian.model.Training;

/**
 * Live audits agree with batch audits while organizations change place: created, removed (their
 * children left without a parent), moved under another parent (into the other district too),
 * retyped, given another sector, established or dissolved on another day. The facts a live audit
 * keeps over a district's or a subtree's organizations (a district's community orgs and two-new
 * tally, the members a subtree counts for training) are patched for the subtree whose place
 * changed, by its chain of parents; the facts of a subtree that moved from one district to the
 * other show whether the patch took it out of the one and into the other. A city of two district
 * committees, each with a street, community and village committees, community and two-new
 * branches and their members; a change holds one to three changes. Now and then a second
 * organization of an id already held is created under another parent (a dataset the validator
 * rejects, which a live audit still takes): a subtree walk goes below the id by its children,
 * whichever organization of it it met, and a chain of parents takes the id's first organization,
 * so the kept facts are derived whole, and the keys a record names are those above every
 * organization of its id ({@code OrgChanges.idsAbove}).
 */
class LiveOrgPlaceProperties {

    private static final ComplianceEngine ENGINE = ComplianceEngine.builtIn();
    private static final int YEAR = LiveWorld.YEAR;

    /**
     * A second organization of a two-new branch's id, under a community committee of the other
     * district: that district's walk meets it, so its tally counts it; the chain of the id's first
     * organization does not reach that district (live named it untouched before session 10).
     */
    @Example
    void aSecondOrganizationOfAnIdInTheOtherDistrictIsCounted() {
        Random rnd = new Random(7);
        LiveWorld world = new LiveWorld(rnd);
        Dataset model = city(world, rnd);
        Organization branch = model.organization("b112").orElseThrow();
        Object twin = LiveWorld.with(LiveWorld.with(secondUnder(branch, "c21"), "starRating", OptionalInt.of(4)),
                "demonstrationPoint", Optional.of(true));
        heldFactsAgreeAfterEach(model, List.of(Change.add(twin)));
    }

    /** A second organization of {@code o}'s id under {@code parent}, established long ago, in force. */
    private static Object secondUnder(Organization o, String parent) {
        return LiveWorld.with(LiveWorld.with(LiveWorld.with(o, "parentId", Optional.of(parent)),
                "established", LiveWorld.LONG_AGO), "dissolved", Optional.empty());
    }

    /**
     * Applies {@code changes} one by one to a live audit of {@code model}: its held facts equal a
     * batch derivation's after each.
     */
    private static void heldFactsAgreeAfterEach(Dataset model, List<Change> changes) {
        try (LiveAudit live = ENGINE.openLive(model, AuditOptions.DEFAULTS)) {
            for (Change c : changes) {
                model = LiveWorld.applied(model, List.of(c));
                live.apply(List.of(c));
                LiveAuditProperties.sameFacts(live.batchDerivedFacts(model), live.derivedFacts(), "after " + c);
            }
        }
    }

    /**
     * An activity of a branch whose second organization is under a party committee of the other
     * district: that committee's walk meets it, so its idle months change (WEAK-004); the chain
     * of the branch's first organization does not reach the committee (the weak area named only
     * the grassroots organizations on it before session 11).
     */
    @Example
    void anActivityBelowASecondOrganizationOfAnIdCountsForEveryCommitteeAboveIt() {
        Random rnd = new Random(7);
        LiveWorld world = new LiveWorld(rnd);
        Dataset model = city(world, rnd);
        Organization branch = model.organization("b112").orElseThrow();
        // A first activity elsewhere: the first of a kind of record rebuilds the live audit.
        List<Change> changes = List.of(
                Change.add(new Activity("a0", "b221", ActivityType.COMMITTEE_MEETING, LocalDate.of(YEAR, 1, 6),
                        Optional.empty(), Optional.empty())),
                Change.add(secondUnder(branch, "c21")),
                Change.add(new Activity("a1", "b112", ActivityType.COMMITTEE_MEETING, LocalDate.of(YEAR, 5, 12),
                        Optional.empty(), Optional.empty())));
        heldFactsAgreeAfterEach(model, changes);
    }

    /**
     * A district committee moved below a community's party group, and a second organization of a
     * non-public enterprise's branch (its first under the other district's street) created below
     * the district, with a community branch below it: the district's walk meets that branch, a
     * community org by its first chain, whose facts and findings are in its first chain's group.
     * WEAK-101 joins the district's community orgs with their WEAK-100 findings; in groups it saw
     * only those of the district's own group (the district is there, below the party group), and
     * raised a quota of 0% that batch does not (found with second organizations drawn more often
     * than here; failed on main before session 11).
     */
    @Example
    void aDistrictBelowAGroupCountsTheCandidatesOfEveryGroupBelowIt() {
        Random rnd = new Random(7);
        LiveWorld world = new LiveWorld(rnd);
        Dataset model = city(world, rnd);
        Organization district = model.organization("d1").orElseThrow();
        Organization branch = world.org("e1", OrgType.BRANCH, Sector.NON_PUBLIC_ENTERPRISE, "s2");
        List<Change> changes = List.of(
                Change.add(branch),
                Change.update(district, LiveWorld.with(district, "parentId", Optional.of("g22"))),
                Change.add(LiveWorld.with(branch, "parentId", Optional.of("d1"))),
                Change.add(world.org("n1", OrgType.BRANCH, Sector.COMMUNITY, "e1")));
        for (boolean grouped : new boolean[] {false, true}) {
            Dataset before = model;
            try (LiveAudit live = LiveWorld.open(ENGINE, before, AuditOptions.DEFAULTS, grouped)) {
                Dataset after = before;
                for (Change c : changes) {
                    after = LiveWorld.applied(after, List.of(c));
                    live.apply(List.of(c));
                }
                LiveAuditProperties.sameFindings(ENGINE.audit(after, AuditOptions.DEFAULTS).findings(), live.findings(),
                        grouped ? "in groups" : "in one session");
            }
        }
    }

    /**
     * Draws that failed on main before session 11, a second organization of an id created under
     * another parent: a rectification of a community org whose second organization is in the
     * other district named only the districts on its first chain (WeakFacts, DistrictCommunities
     * of the other district stale), and a membership moved below a second organization named only
     * the grassroots organizations on the first chain (an AdmissionGap above the second stale).
     */
    @Example
    void aSecondOrganizationOfAnIdIsBelowEveryOrganizationAboveIt() {
        for (long seed : new long[] {-4265797144873387313L, 6420100L, 1407373L, 10625089L}) {
            agree(seed, false);
            agree(seed, true);
        }
    }

    @Property(tries = 150)
    void liveEqualsBatchWhileOrganizationsChangePlace(@ForAll long seed) {
        agree(seed, false);
    }

    // Each community its own group, none left open: subtrees move between groups.
    @Property(tries = 40)
    void soInGroupsOfSubtrees(@ForAll long seed) {
        agree(seed, true);
    }

    /**
     * A draw that failed on main before session 12: a secretary's post added in a community
     * branch whose id's second organization is below a community party committee (c11) of
     * another chain. That committee's "一肩挑" share (CAD-008) walks its subtree and meets the id,
     * but the post named only the shares on the chain of the id's first organization, so the
     * committee's was stale.
     */
    @Example
    void aPostBelowASecondOrganizationOfAnIdCountsInEveryShareAboveIt() {
        agree(125L, false, Draw.PERSONNEL);
        agree(125L, true, Draw.PERSONNEL);
    }

    /**
     * Draws that failed in groups on main before session 12, with no id held twice: a person's
     * reserve places in the top (a street) and in a community's group, each raising the same
     * CAD-002 finding (its organization is the person's membership's). The top's own raise was
     * not justified while the group's equal one was given to it as a fact, and when the group's
     * place ended, the finding went though the top's reserve still raised it.
     */
    @Example
    void aFindingTheTopAndAGroupBothRaiseOutlivesTheGroups() {
        agree(109L, true, Draw.PERSONNEL);
        agree(794L, true, Draw.PERSONNEL);
    }

    /**
     * Posts, reserve cadres, trainings and members admitted in the audit year, many of them in
     * (or below) an organization whose id is held twice, added, ended and removed while
     * organizations change place: the pools and "一肩挑" shares (CAD-001, CAD-008), the members
     * a subtree counts for training and the admission cohorts are named by a chain of parents and
     * found by a subtree walk, which meets an id's second organization too.
     */
    @Property(tries = 40)
    void soWithPostsReservesTrainingsAndNewMembersBelowSecondOrganizations(@ForAll long seed) {
        agree(seed, false, Draw.PERSONNEL);
    }

    @Property(tries = 15)
    void soWithPostsReservesTrainingsAndNewMembersInGroups(@ForAll long seed) {
        agree(seed, true, Draw.PERSONNEL);
    }

    /**
     * Draws that failed on main before session 12, in one session and in groups. A member's
     * absence (LIFE) and a leader's dual life read the activities of the subtree of the member's
     * organization, which a walk meets below an id's second organization too. An activity added
     * (28: in b111; 44: in b212, a leader's dual life stale too) named only the absences and
     * leaders on the chain of its id's first organization, and a new organization (3: a second
     * organization of d2, which the walk below b122 meets) named only those on the chain of its
     * id's first organization: the absences and dual life of the organizations whose walk meets
     * it were stale. Each half of the mend is needed: 3 fails with the activity's alone.
     */
    @Example
    void anActivityBelowASecondOrganizationOfAnIdCountsInEveryAbsenceAboveIt() {
        for (long seed : new long[] {28L, 44L, 3L}) {
            agree(seed, false, Draw.ACTIVITIES);
            agree(seed, true, Draw.ACTIVITIES);
        }
    }

    /**
     * Activities and their attendance added, changed, moved and removed, many of them in (or
     * below) an organization whose id is held twice, while organizations change place: a
     * member's absence and a leader's dual life read the activities of a subtree (met by its
     * walk, an id's second organization too), theme days and volunteers those of an
     * organization or of the subtree its chain holds.
     */
    @Property(tries = 30)
    void soWithActivitiesBelowSecondOrganizations(@ForAll long seed) {
        agree(seed, false, Draw.ACTIVITIES);
    }

    @Property(tries = 10)
    void soWithActivitiesInGroups(@ForAll long seed) {
        agree(seed, true, Draw.ACTIVITIES);
    }

    /**
     * What a city's changes draw: organizations' places (the seeds pinned before session 12),
     * with posts, reserve cadres, trainings and new members ({@link #personnelChange}), or with
     * activities ({@link #activityChange}).
     */
    private enum Draw {
        PLACES, PERSONNEL, ACTIVITIES
    }

    private static void agree(long seed, boolean grouped) {
        agree(seed, grouped, Draw.PLACES);
    }

    /**
     * A live audit of a city of {@code seed} equals batch after each of ten steps of changes;
     * beyond {@link Draw#PLACES} (the draws of the seeds pinned before session 12), the city has
     * posts, reserve cadres and more trainings, and with {@link Draw#ACTIVITIES} activities too,
     * and the changes are theirs half of the time.
     */
    private static void agree(long seed, boolean grouped, Draw draw) {
        Random rnd = new Random(seed);
        LiveWorld world = new LiveWorld(rnd);
        Dataset model = city(world, rnd);
        if (draw != Draw.PLACES) {
            model = withPersonnel(rnd, model);
        }
        if (draw == Draw.ACTIVITIES) {
            model = withActivities(rnd, model);
        }
        try (LiveAudit live = LiveWorld.open(ENGINE, model, AuditOptions.DEFAULTS, grouped)) {
            for (int step = 1; step <= 10; step++) {
                List<Change> changes = new ArrayList<>();
                int n = rnd.nextInt(4) == 0 ? 2 + rnd.nextInt(2) : 1;
                Dataset next = model;
                for (int i = 0; i < n; i++) {
                    Change c = switch (draw) {
                        case PLACES -> change(world, rnd, next, step * 10 + i);
                        case PERSONNEL -> personnelChange(world, rnd, next, step * 10 + i);
                        case ACTIVITIES -> activityChange(world, rnd, next, step * 10 + i);
                    };
                    changes.add(c);
                    next = LiveWorld.applied(next, List.of(c));
                }
                model = next;
                live.apply(changes);
                String where = "after step " + step + " " + changes;
                LiveAuditProperties.sameFacts(live.batchDerivedFacts(model), live.derivedFacts(), where);
            }
            LiveAuditProperties.sameFindings(ENGINE.audit(model, AuditOptions.DEFAULTS).findings(), live.findings(),
                    "at the end");
        }
    }

    /**
     * x0 → d1, d2 (district committees) → a street each → two party committees each (community or
     * village) → branches (community, non-public enterprise, social organization) and a party group;
     * 30 people, most of them members; rectifications of the committees; a training.
     */
    private static Dataset city(LiveWorld world, Random rnd) {
        Dataset.Builder b = Dataset.builder(LocalDate.of(YEAR, 12, 31));
        List<Organization> orgs = new ArrayList<>();
        orgs.add(world.org("x0", OrgType.DISTRICT_COMMITTEE, Sector.OTHER, null));
        for (int d = 1; d <= 2; d++) {
            orgs.add(world.org("d" + d, OrgType.DISTRICT_COMMITTEE, Sector.OTHER, "x0"));
            orgs.add(world.org("s" + d, OrgType.STREET_WORKING_COMMITTEE, Sector.OTHER, "d" + d));
            for (int c = 1; c <= 2; c++) {
                String pc = "c" + d + c;
                orgs.add(world.org(pc, OrgType.PARTY_COMMITTEE, rnd.nextInt(3) > 0 ? Sector.COMMUNITY : Sector.VILLAGE,
                        "s" + d));
                orgs.add(world.org("b" + d + c + "1", OrgType.BRANCH, Sector.COMMUNITY, pc));
                orgs.add(twoNew(rnd, world.org("b" + d + c + "2", OrgType.BRANCH, Sector.NON_PUBLIC_ENTERPRISE, pc)));
                orgs.add(twoNew(rnd, world.org("b" + d + c + "3", OrgType.BRANCH, Sector.SOCIAL_ORGANIZATION, pc)));
                orgs.add(world.org("g" + d + c, OrgType.PARTY_GROUP, Sector.COMMUNITY, "b" + d + c + "1"));
            }
        }
        orgs.forEach(b::add);
        Dataset shell = b.build();
        for (int i = 1; i <= 30; i++) {
            b.add(world.person("p" + i));
            if (rnd.nextInt(10) < 8) {
                b.add(world.membership(shell, "p" + i));
            }
        }
        for (Organization o : orgs) {
            if (o.type() == OrgType.PARTY_COMMITTEE && rnd.nextBoolean()) {
                b.add(rectification(rnd, o.id()));
            }
        }
        b.add(new Training("p1", LocalDate.of(YEAR, 3, 1), 2, true, OrganizerLevel.DISTRICT, Optional.empty()));
        return b.build();
    }

    /** {@code d} with a few posts and reserve cadres of the city's committees and branches, and more trainings. */
    private static Dataset withPersonnel(Random rnd, Dataset d) {
        Dataset.Builder b = d.toBuilder();
        for (int i = 0; i < 8; i++) {
            b.add(post(rnd, d));
            b.add(reserve(rnd, d));
            b.add(training(rnd, d));
        }
        return b.build();
    }

    /**
     * Half of the time an organization's change ({@link #change}); else a second organization of
     * an id, or a post, a reserve cadre, a training or a member admitted in the audit year added,
     * ended or removed, mostly in or below an organization whose id is held twice.
     */
    private static Change personnelChange(LiveWorld world, Random rnd, Dataset d, int serial) {
        switch (rnd.nextInt(12)) {
            case 0, 1, 2, 3, 4, 5 -> {
                return change(world, rnd, d, serial);
            }
            case 6 -> {
                return twinChange(rnd, d);
            }
            case 7 -> {
                return postChange(rnd, d);
            }
            case 8 -> {
                List<ReserveCadre> reserves = d.reserveCadres();
                if (reserves.isEmpty() || rnd.nextBoolean()) {
                    return Change.add(reserve(rnd, d));
                }
                ReserveCadre r = reserves.get(rnd.nextInt(reserves.size()));
                return rnd.nextBoolean() ? Change.remove(r)
                        : Change.update(r, LiveWorld.with(r, "until", Optional.of(LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1))));
            }
            case 9 -> {
                List<Training> trainings = d.trainings();
                return trainings.isEmpty() || rnd.nextInt(3) > 0 ? Change.add(training(rnd, d))
                        : Change.remove(trainings.get(rnd.nextInt(trainings.size())));
            }
            default -> {
                // A member admitted in the audit year, in a place of their own or moved there.
                String place = place(rnd, d);
                List<Membership> members = d.memberships();
                if (members.isEmpty()) {
                    return change(world, rnd, d, serial);
                }
                Membership m = members.get(rnd.nextInt(members.size()));
                Object admitted = LiveWorld.with(LiveWorld.with(m, "status", MembershipStatus.PROBATIONARY), "admitted",
                        LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)));
                return Change.update(m, LiveWorld.with(admitted, "organizationId", place));
            }
        }
    }

    /** A second organization of an id under any parent. */
    private static Change twinChange(Random rnd, Dataset d) {
        List<Organization> orgs = d.organizations();
        Organization twin = orgs.get(rnd.nextInt(orgs.size()));
        Organization parent = orgs.get(rnd.nextInt(orgs.size()));
        return Change.add(LiveWorld.with(LiveWorld.with(secondUnder(twin, parent.id()), "starRating",
                OptionalInt.of(1 + rnd.nextInt(5))), "demonstrationPoint", Optional.of(rnd.nextBoolean())));
    }

    /** A post added, or one ended or removed. */
    private static Change postChange(Random rnd, Dataset d) {
        List<Position> posts = d.positions();
        if (posts.isEmpty() || rnd.nextBoolean()) {
            return Change.add(post(rnd, d));
        }
        Position p = posts.get(rnd.nextInt(posts.size()));
        return rnd.nextBoolean() ? Change.remove(p)
                : Change.update(p, LiveWorld.with(p, "end", Optional.of(LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1))));
    }

    /** {@code d} with a few activities of the city's organizations. */
    private static Dataset withActivities(Random rnd, Dataset d) {
        Dataset.Builder b = d.toBuilder();
        for (int i = 0; i < 10; i++) {
            b.add(activity(rnd, d, "i" + i));
        }
        return b.build();
    }

    /**
     * Less than half of the time an organization's change ({@link #change}); else a second
     * organization of an id, an activity added, its attendance or date changed, moved to another
     * organization or removed, a member moved, or a post added, ended or removed; the places
     * mostly in or below an organization whose id is held twice.
     */
    private static Change activityChange(LiveWorld world, Random rnd, Dataset d, int serial) {
        List<Activity> activities = d.activities();
        int kind = rnd.nextInt(12);
        if (kind >= 8 && kind <= 10 && activities.isEmpty()) {
            kind = 6;
        }
        Activity a = activities.isEmpty() ? null : activities.get(rnd.nextInt(activities.size()));
        switch (kind) {
            case 0, 1, 2, 3, 4 -> {
                return change(world, rnd, d, serial);
            }
            case 5 -> {
                return twinChange(rnd, d);
            }
            case 6, 7 -> {
                return Change.add(activity(rnd, d, "a" + serial));
            }
            case 8 -> {
                return Change.update(a, LiveWorld.with(a, "attendees", rnd.nextInt(4) == 0 ? Optional.empty()
                        : Optional.of(attendees(rnd, d, rnd.nextBoolean() ? a.organizationId() : place(rnd, d)))));
            }
            case 9 -> {
                return Change.update(a, rnd.nextBoolean() ? LiveWorld.with(a, "organizationId", place(rnd, d))
                        : LiveWorld.with(a, "date", LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28))));
            }
            case 10 -> {
                return Change.remove(a);
            }
            default -> {
                List<Membership> members = d.memberships();
                if (members.isEmpty() || rnd.nextBoolean()) {
                    return postChange(rnd, d);
                }
                Membership m = members.get(rnd.nextInt(members.size()));
                return Change.update(m, LiveWorld.with(m, "organizationId", place(rnd, d)));
            }
        }
    }

    /**
     * An activity of the audit year in a place ({@link #place}), of a type the life, cadence and
     * weak areas read, its attendance recorded three times in four.
     */
    private static Activity activity(Random rnd, Dataset d, String id) {
        String place = place(rnd, d);
        ActivityType type = List.of(ActivityType.MEMBER_ASSEMBLY, ActivityType.COMMITTEE_MEETING, ActivityType.PARTY_LESSON,
                ActivityType.THEME_PARTY_DAY, ActivityType.VOLUNTEER_SERVICE, ActivityType.ORGANIZATIONAL_LIFE_MEETING,
                ActivityType.GROUP_MEETING).get(rnd.nextInt(7));
        return new Activity(id, place, type, LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28)),
                rnd.nextInt(4) == 0 ? Optional.empty() : Optional.of(attendees(rnd, d, place)), Optional.empty());
    }

    /** Some members of {@code orgId}'s subtree, and now and then someone else. */
    private static List<String> attendees(Random rnd, Dataset d, String orgId) {
        List<String> out = new ArrayList<>();
        for (Organization o : d.subtree(orgId)) {
            for (Membership m : d.membershipsOf(o.id())) {
                if (rnd.nextInt(3) > 0 && !out.contains(m.personId())) {
                    out.add(m.personId());
                }
            }
        }
        String someone = "p" + (1 + rnd.nextInt(30));
        if (rnd.nextInt(4) == 0 && !out.contains(someone)) {
            out.add(someone);
        }
        return out;
    }

    /** An organization id: two times in three in or below an organization whose id is held twice, if any. */
    private static String place(Random rnd, Dataset d) {
        List<Organization> orgs = d.organizations();
        List<String> twice = new ArrayList<>();
        for (Organization o : orgs) {
            if (d.organizationsWithId(o.id()).size() > 1) {
                d.subtree(o.id()).forEach(s -> twice.add(s.id()));
            }
        }
        if (!twice.isEmpty() && rnd.nextInt(3) > 0) {
            return twice.get(rnd.nextInt(twice.size()));
        }
        return orgs.get(rnd.nextInt(orgs.size())).id();
    }

    /** A post of one of a few people, mostly a secretary's or a residents' director's (CAD-008 pairs them). */
    private static Position post(Random rnd, Dataset d) {
        Role role = List.of(Role.SECRETARY, Role.SECRETARY, Role.RESIDENTS_DIRECTOR, Role.RESIDENTS_DIRECTOR,
                Role.DEPUTY_SECRETARY, Role.COMMITTEE_MEMBER).get(rnd.nextInt(6));
        LocalDate start = LocalDate.of(YEAR - rnd.nextInt(2), 1 + rnd.nextInt(12), 1);
        return new Position("p" + (1 + rnd.nextInt(8)), place(rnd, d), role, start,
                rnd.nextInt(4) == 0 ? Optional.of(LocalDate.of(YEAR, 1 + rnd.nextInt(12), 28)) : Optional.empty(),
                Optional.of(rnd.nextBoolean()), Optional.of(rnd.nextBoolean()), Optional.empty());
    }

    private static ReserveCadre reserve(Random rnd, Dataset d) {
        return new ReserveCadre("p" + (1 + rnd.nextInt(30)), place(rnd, d), LocalDate.of(YEAR - rnd.nextInt(2), 1 + rnd.nextInt(12), 1),
                rnd.nextInt(4) == 0 ? Optional.of(LocalDate.of(YEAR, 1 + rnd.nextInt(12), 28)) : Optional.empty());
    }

    /** A training of a member, two times in three one whose organization's id is held twice (or is below one). */
    private static Training training(Random rnd, Dataset d) {
        String place = place(rnd, d);
        List<Membership> there = d.membershipsOf(place);
        String person = there.isEmpty() ? "p" + (1 + rnd.nextInt(30)) : there.get(rnd.nextInt(there.size())).personId();
        return new Training(person, LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1), 1 + rnd.nextInt(8), rnd.nextBoolean(),
                OrganizerLevel.DISTRICT, Optional.empty());
    }

    /** {@code o} with a star rating and a demonstration point, as a two-new tally counts them, or not. */
    private static Organization twoNew(Random rnd, Organization o) {
        Object rated = LiveWorld.with(o, "starRating", rnd.nextBoolean() ? OptionalInt.of(1 + rnd.nextInt(5)) : OptionalInt.empty());
        return (Organization) LiveWorld.with(rated, "demonstrationPoint",
                rnd.nextInt(3) == 0 ? Optional.empty() : Optional.of(rnd.nextBoolean()));
    }

    private static Rectification rectification(Random rnd, String orgId) {
        return new Rectification(orgId, rnd.nextBoolean() ? RectificationKind.WEAK : RectificationKind.BACKWARD,
                LocalDate.of(YEAR - rnd.nextInt(2), 1 + rnd.nextInt(12), 1),
                rnd.nextBoolean() ? Optional.empty() : Optional.of(LocalDate.of(YEAR, 1 + rnd.nextInt(12), 28)),
                rnd.nextBoolean());
    }

    /**
     * Mostly an organization that changes place: moved, created, removed, retyped, given another
     * sector or other dates; now and then a member moved, a training or a rectification added.
     */
    private static Change change(LiveWorld world, Random rnd, Dataset d, int serial) {
        List<Organization> orgs = d.organizations();
        Organization o = orgs.get(rnd.nextInt(orgs.size()));
        switch (rnd.nextInt(11)) {
            case 0, 1, 2 -> {
                // Under another organization not below it (a cycle is a validation error).
                List<Organization> parents = orgs.stream()
                        .filter(p -> d.subtree(o.id()).stream().noneMatch(x -> x.id().equals(p.id()))).toList();
                if (!parents.isEmpty() && o.parentId().isPresent()) {
                    Organization p = parents.get(rnd.nextInt(parents.size()));
                    return Change.update(o, LiveWorld.with(o, "parentId", Optional.of(p.id())));
                }
            }
            case 3, 8 -> {
                // A new organization; one time in three a second one of an id held, of its type and sector.
                if (rnd.nextInt(3) == 0) {
                    Organization twin = orgs.get(rnd.nextInt(orgs.size()));
                    return Change.add(twoNew(rnd, world.org(twin.id(), twin.type(), twin.sector(), o.id())));
                }
                OrgType type = List.of(OrgType.PARTY_COMMITTEE, OrgType.BRANCH, OrgType.PARTY_GROUP).get(rnd.nextInt(3));
                Sector sector = List.of(Sector.COMMUNITY, Sector.NON_PUBLIC_ENTERPRISE, Sector.VILLAGE).get(rnd.nextInt(3));
                return Change.add(twoNew(rnd, world.org("n" + serial, type, sector, o.id())));
            }
            case 4 -> {
                return Change.remove(o);
            }
            case 5 -> {
                return Change.update(o, switch (rnd.nextInt(4)) {
                    case 0 -> LiveWorld.with(o, "type", o.parentId().isEmpty() ? o.type()
                            : o.type() == OrgType.BRANCH ? OrgType.PARTY_COMMITTEE : OrgType.BRANCH);
                    case 1 -> LiveWorld.with(o, "sector", o.sector() == Sector.COMMUNITY
                            ? (rnd.nextBoolean() ? Sector.VILLAGE : Sector.SOCIAL_ORGANIZATION) : Sector.COMMUNITY);
                    case 2 -> LiveWorld.with(o, "established", LocalDate.of(YEAR + rnd.nextInt(2), 1 + rnd.nextInt(12), 1));
                    default -> LiveWorld.with(o, "dissolved", rnd.nextBoolean() ? Optional.empty()
                            : Optional.of(LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1)));
                });
            }
            case 6 -> {
                if (!d.memberships().isEmpty()) {
                    Membership m = d.memberships().get(rnd.nextInt(d.memberships().size()));
                    return Change.update(m, LiveWorld.with(m, "organizationId", o.id()));
                }
            }
            case 7 -> {
                return Change.add(rectification(rnd, o.id()));
            }
            case 9 -> {
                return Change.update(o, twoNew(rnd, o));
            }
            default -> {
                String person = "p" + (1 + rnd.nextInt(30));
                return Change.add(new Training(person, LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1), 1 + rnd.nextInt(8),
                        rnd.nextBoolean(), OrganizerLevel.DISTRICT, Optional.empty()));
            }
        }
        return Change.add(world.org("n" + serial, OrgType.BRANCH, Sector.COMMUNITY, o.id()));
    }
}
