package org.dangjian.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.Position;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;

/**
 * Live audits agree with batch audits where a branch's members' attendance decides their facts:
 * members' absences and leaders' dual organizational life, which a live audit reads from each
 * organization's activities kept and changed activity by activity. The districts of
 * {@link LiveWorld} record attendance for one activity in five, with attendees drawn from
 * everyone, so that a stale attendance there seldom changes a fact; here most activities record
 * it, their attendees are the branch's members, and some of them hold posts in the committee
 * above.
 */
class LiveAttendanceProperties {

    private static final ComplianceEngine ENGINE = ComplianceEngine.builtIn();
    private static final String[] ORGS = {"b1", "g1", "g2"};

    @Property(tries = 4)
    void liveEqualsBatchAsAttendanceChanges(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int steps) {
        agree(seed, steps, false);
    }

    @Property(tries = 2)
    void soInGroupsOfSubtrees(@ForAll long seed, @ForAll @IntRange(min = 1, max = 6) int steps) {
        agree(seed, steps, true);
    }

    private static void agree(long seed, int steps, boolean grouped) {
        Random rnd = new Random(seed);
        LiveWorld world = new LiveWorld(rnd);
        Dataset model = branch(world, rnd);
        try (LiveAudit live = LiveWorld.open(ENGINE, model, AuditOptions.DEFAULTS, grouped)) {
            for (int step = 1; step <= steps; step++) {
                Change c = change(rnd, model);
                model = LiveWorld.applied(model, List.of(c));
                live.apply(c);
                String where = "after step " + step + " " + c;
                LiveAuditProperties.sameFacts(live.batchDerivedFacts(model), live.derivedFacts(), where);
                LiveAuditProperties.sameFindings(ENGINE.audit(model).findings(), live.findings(), where);
            }
        }
    }

    /** A branch with two party groups under a party committee, 30 members, 6 of them in post above, 30 activities. */
    private static Dataset branch(LiveWorld world, Random rnd) {
        Dataset.Builder b = Dataset.builder(world.asOf());
        b.add(lasting(world.org("d1", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null)));
        b.add(lasting(world.org("c1", OrgType.PARTY_COMMITTEE, Sector.ORGAN, "d1")));
        b.add(lasting(world.org("b1", OrgType.BRANCH, Sector.ORGAN, "c1")));
        b.add(lasting(world.org("g1", OrgType.PARTY_GROUP, Sector.ORGAN, "b1")));
        b.add(lasting(world.org("g2", OrgType.PARTY_GROUP, Sector.ORGAN, "b1")));
        Dataset shell = b.build();
        for (int i = 1; i <= 30; i++) {
            String id = "p" + i;
            b.add(world.person(id));
            b.add(LiveWorld.with(world.membership(shell, id), "organizationId", "b1"));
            if (i <= 6) {
                b.add(new Position(id, "c1", Role.values()[i % Role.values().length], LiveWorld.LONG_AGO,
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
            }
        }
        shell = b.build();
        for (int i = 0; i < 30; i++) {
            b.add(activity(rnd, shell, "a" + i));
        }
        return b.build();
    }

    private static Organization lasting(Organization o) {
        Organization in = (Organization) LiveWorld.with(o, "established", LiveWorld.LONG_AGO);
        return (Organization) LiveWorld.with(in, "dissolved", Optional.empty());
    }

    /** An activity of the branch or a party group in the audit year, most recording some of the members as attendees. */
    private static Activity activity(Random rnd, Dataset d, String id) {
        LocalDate date = LocalDate.of(LiveWorld.YEAR, 1, 1).plusDays(rnd.nextInt(366));
        Optional<List<String>> attendees = Optional.empty();
        if (rnd.nextInt(6) != 0) {
            List<String> some = new ArrayList<>();
            for (Membership m : d.memberships()) {
                if (rnd.nextInt(3) != 0) {
                    some.add(m.personId());
                }
            }
            attendees = Optional.of(some);
        }
        ActivityType type = rnd.nextBoolean() ? ActivityType.THEME_PARTY_DAY : ActivityType.PARTY_LESSON;
        return new Activity(id, ORGS[rnd.nextInt(ORGS.length)], type, date, attendees, Optional.empty());
    }

    /** An activity added, removed or replaced (other attendees, day or organization); now and then asOf moved in the year. */
    private static Change change(Random rnd, Dataset d) {
        if (rnd.nextInt(8) == 0) {
            return Change.asOf(LocalDate.of(LiveWorld.YEAR, 1 + rnd.nextInt(12), 1).plusDays(rnd.nextInt(28)));
        }
        List<Activity> acts = d.activities();
        int how = rnd.nextInt(3);
        if (how == 0 || acts.isEmpty()) {
            return Change.add(activity(rnd, d, "n" + rnd.nextInt(1000)));
        }
        Activity old = acts.get(rnd.nextInt(acts.size()));
        return how == 1 ? Change.remove(old) : Change.update(old, activity(rnd, d, old.id()));
    }
}
