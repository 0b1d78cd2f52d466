package org.dangjian.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.OrgType;
import org.dangjian.model.OrganizerLevel;
import org.dangjian.model.Organization;
import org.dangjian.model.Rectification;
import org.dangjian.model.RectificationKind;
import org.dangjian.model.Sector;
import org.dangjian.model.Training;

/**
 * Live audits agree with batch audits while organizations are edited in place, the change the
 * weak and training areas keep their facts above an organization across (a district's community
 * orgs, the members counted over a subtree), in {@link LiveDeepTreeProperties}'s district:
 * organizations' households or names edited (a two-new branch's star rating or demonstration
 * point besides, which the two-new tally reads), party committees edited with one attribute those
 * facts read besides (sector, type, parent, establishment or dissolution), rectifications added
 * and removed, trainings added and members moved. A kept fact that
 * survived a change it should not have shows as a held fact that differs from the batch's.
 */
class LiveOrgInPlaceProperties {

    private static final ComplianceEngine ENGINE = ComplianceEngine.builtIn();
    private static final int YEAR = LiveWorld.YEAR;

    @Property(tries = 5)
    void liveEqualsBatchWhileOrganizationsAreEditedInPlace(@ForAll long seed) {
        agree(seed, false);
    }

    @Property(tries = 3)
    void soInGroupsOfSubtrees(@ForAll long seed) {
        agree(seed, true);
    }

    private static void agree(long seed, boolean grouped) {
        Random rnd = new Random(seed);
        LiveWorld world = new LiveWorld(rnd);
        // A rectification and a training from the start: the first of a kind would rebuild the session.
        Dataset model = LiveDeepTreeProperties.deepDistrict(world, rnd).toBuilder()
                .add(new Rectification("d1", RectificationKind.WEAK, LocalDate.of(YEAR - 3, 1, 1),
                        Optional.of(LocalDate.of(YEAR - 3, 6, 30)), true))
                .add(new Training("p1", LocalDate.of(YEAR, 3, 1), 2, true, OrganizerLevel.DISTRICT, Optional.empty()))
                .build();
        try (LiveAudit live = LiveWorld.open(ENGINE, model, AuditOptions.DEFAULTS, grouped)) {
            for (int step = 1; step <= 8; step++) {
                Change c = change(rnd, model, step);
                model = LiveWorld.applied(model, List.of(c));
                live.apply(List.of(c));
                String where = "after step " + step + " " + c;
                LiveAuditProperties.sameFacts(live.batchDerivedFacts(model), live.derivedFacts(), where);
            }
            LiveAuditProperties.sameFindings(ENGINE.audit(model, AuditOptions.DEFAULTS).findings(), live.findings(),
                    "at the end");
        }
    }

    /**
     * Step by step: an organization edited in place; a party committee (the community orgs and
     * the counting subtrees are theirs) edited with one attribute the kept facts read; a
     * rectification added or removed; a party committee edited again; a training or a member moved.
     */
    private static Change change(Random rnd, Dataset d, int step) {
        List<Organization> orgs = d.organizations();
        Organization o = orgs.get(rnd.nextInt(orgs.size()));
        List<Organization> committees = orgs.stream().filter(x -> x.type() == OrgType.PARTY_COMMITTEE).toList();
        Organization c = committees.isEmpty() ? o : committees.get(rnd.nextInt(committees.size()));
        switch (step % 5) {
            case 0 -> {
                // Half the time a two-new branch's star rating or demonstration point besides (the district's tally reads them).
                List<Organization> twoNew = orgs.stream().filter(x -> x.sector() == Sector.NON_PUBLIC_ENTERPRISE).toList();
                if (twoNew.isEmpty() || rnd.nextBoolean()) {
                    return Change.update(o, edited(rnd, o));
                }
                Organization t = twoNew.get(rnd.nextInt(twoNew.size()));
                Object e = edited(rnd, t);
                return Change.update(t, switch (rnd.nextInt(3)) {
                    case 0 -> e;
                    case 1 -> LiveWorld.with(e, "starRating", OptionalInt.of(t.starRating().orElse(0) % 5 + 1));
                    default -> LiveWorld.with(e, "demonstrationPoint", Optional.of(!t.demonstrationPoint().orElse(false)));
                });
            }
            case 1, 3 -> {
                return Change.update(c, reshaped(rnd, d, c, edited(rnd, c)));
            }
            case 2 -> {
                return rectification(rnd, d, committees);
            }
            default -> {
                Membership m = d.memberships().get(rnd.nextInt(d.memberships().size()));
                return switch (rnd.nextInt(3)) {
                    case 0 -> rectification(rnd, d, committees);
                    case 1 -> Change.add(new Training(m.personId(), LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1),
                            1 + rnd.nextInt(8), rnd.nextBoolean(), OrganizerLevel.DISTRICT, Optional.empty()));
                    default -> Change.update(m, LiveWorld.with(m, "organizationId", o.id()));
                };
            }
        }
    }

    /** A rectification in the audit year added, mostly of a community org's committee, or one removed. */
    private static Change rectification(Random rnd, Dataset d, List<Organization> committees) {
        if (rnd.nextInt(3) == 0 && d.rectifications().size() > 1) {
            return Change.remove(d.rectifications().get(rnd.nextInt(d.rectifications().size())));
        }
        List<Organization> community = committees.stream().filter(x -> x.sector() == Sector.COMMUNITY).toList();
        List<Organization> orgs = community.isEmpty() || rnd.nextInt(4) == 0 ? d.organizations() : community;
        Organization o = orgs.get(rnd.nextInt(orgs.size()));
        return Change.add(new Rectification(o.id(), rnd.nextBoolean() ? RectificationKind.WEAK : RectificationKind.BACKWARD,
                LocalDate.of(YEAR - rnd.nextInt(2), 1 + rnd.nextInt(12), 1),
                rnd.nextBoolean() ? Optional.empty() : Optional.of(LocalDate.of(YEAR, 1 + rnd.nextInt(12), 28)), rnd.nextBoolean()));
    }

    /** {@code o} with other households or another name. */
    private static Object edited(Random rnd, Organization o) {
        return rnd.nextBoolean() ? LiveWorld.with(o, "households", OptionalInt.of(o.households().orElse(100) + 1))
                : LiveWorld.with(o, "name", o.name() + "改");
    }

    /** {@code e}, an edit of {@code o}, with one attribute more changed: sector, type, parent or dates. */
    private static Object reshaped(Random rnd, Dataset d, Organization o, Object e) {
        return switch (rnd.nextInt(5)) {
            case 0 -> LiveWorld.with(e, "sector", o.sector() == Sector.COMMUNITY ? Sector.VILLAGE : Sector.COMMUNITY);
            case 1 -> LiveWorld.with(e, "type", o.parentId().isEmpty() ? o.type()
                    : o.type() == OrgType.BRANCH ? OrgType.PARTY_COMMITTEE : OrgType.BRANCH);
            case 2 -> {
                List<Organization> parents = d.organizations().stream()
                        .filter(p -> d.subtree(o.id()).stream().noneMatch(x -> x.id().equals(p.id()))).toList();
                yield parents.isEmpty() || o.parentId().isEmpty() ? e
                        : LiveWorld.with(e, "parentId", Optional.of(parents.get(rnd.nextInt(parents.size())).id()));
            }
            case 3 -> LiveWorld.with(e, "established", LocalDate.of(YEAR + rnd.nextInt(2), 1 + rnd.nextInt(12), 1));
            default -> LiveWorld.with(e, "dissolved", Optional.of(LocalDate.of(YEAR, 1 + rnd.nextInt(12), 1)));
        };
    }
}
