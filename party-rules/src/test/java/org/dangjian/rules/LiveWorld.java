package org.dangjian.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Random;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Assessment;
import org.dangjian.model.AssessmentResult;
import org.dangjian.model.ContactPoint;
import org.dangjian.model.Dataset;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.Education;
import org.dangjian.model.EvaluationResult;
import org.dangjian.model.Gender;
import org.dangjian.model.HostUnit;
import org.dangjian.model.InspectionCriterion;
import org.dangjian.model.InspectionFlag;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.MemberEvaluation;
import org.dangjian.model.Membership;
import org.dangjian.model.MembershipStatus;
import org.dangjian.model.MobileInfo;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.OrganizerLevel;
import org.dangjian.model.Person;
import org.dangjian.model.PersonalMattersReport;
import org.dangjian.model.Petition;
import org.dangjian.model.Position;
import org.dangjian.model.RecordKind;
import org.dangjian.model.Rectification;
import org.dangjian.model.RectificationKind;
import org.dangjian.model.ReserveCadre;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;
import org.dangjian.model.Survey;
import org.dangjian.model.Training;

/**
 * Small random districts of 2020 and random changes to them, for the live-audit properties: a
 * district committee, a street working committee, a community party committee, a general branch
 * and a few branches of various sectors (some set up or dissolved during the year), people with
 * memberships, posts, trainings, activities, dues and the rarer kinds, each kind sometimes absent.
 * Everything comes from one {@link Random}, so a failing seed replays.
 */
public final class LiveWorld {

    static final int YEAR = 2020;
    static final LocalDate LONG_AGO = LocalDate.of(2010, 1, 1);
    static final LocalDate YEAR_END = LocalDate.of(YEAR, 12, 31);

    private final Random rnd;

    public LiveWorld(Random rnd) {
        this.rnd = rnd;
    }

    /**
     * A live audit of {@code d}: in one session, or ({@code grouped}) with its facts in a session
     * per organization subtree (groups of one member), none, one or two left open once fired (by
     * the dataset's size), so that changes open the groups they reach and close others.
     */
    static LiveAudit open(ComplianceEngine engine, Dataset d, AuditOptions options, boolean grouped) {
        return grouped ? new LiveAudit(engine, d, options, new org.dangjian.rules.internal.AuditSession.Groups(d.size() % 3, 1))
                : engine.openLive(d, options);
    }

    // ---- datasets

    public Dataset dataset() {
        Dataset.Builder b = Dataset.builder(asOf());
        List<Organization> orgs = new ArrayList<>();
        orgs.add(org("d1", OrgType.DISTRICT_COMMITTEE, Sector.ORGAN, null));
        orgs.add(org("s1", OrgType.STREET_WORKING_COMMITTEE, Sector.ORGAN, "d1"));
        orgs.add(org("c1", OrgType.PARTY_COMMITTEE, Sector.COMMUNITY, "s1"));
        if (rnd.nextBoolean()) {
            orgs.add(org("g1", OrgType.GENERAL_BRANCH, pick(Sector.values()), "c1"));
        }
        int branches = 1 + rnd.nextInt(4);
        for (int i = 1; i <= branches; i++) {
            orgs.add(org("b" + i, OrgType.BRANCH, pick(Sector.values()), i % 2 == 0 && orgs.size() > 3 ? "g1" : "c1"));
        }
        orgs.forEach(b::add);
        Dataset shell = b.build();
        int people = 2 + rnd.nextInt(10);
        for (int i = 1; i <= people; i++) {
            String id = "p" + i;
            b.add(person(id));
            if (rnd.nextInt(10) < 8) {
                b.add(membership(shell, id));
            }
        }
        shell = b.build();
        for (RecordKind k : RecordKind.values()) {
            if (k == RecordKind.ORGANIZATIONS || k == RecordKind.PEOPLE || k == RecordKind.MEMBERSHIPS) {
                continue;
            }
            if (rnd.nextInt(12) == 0) {
                continue; // the array is absent: rules needing it are not evaluated
            }
            int n = switch (k) {
                case ACTIVITIES -> 5 + rnd.nextInt(40);
                case TRAININGS, DUES_PAYMENTS -> rnd.nextInt(15);
                case POSITIONS -> rnd.nextInt(6);
                default -> rnd.nextInt(3);
            };
            b.present(k);
            for (int i = 0; i < n; i++) {
                b.add(record(shell, k, null));
            }
        }
        return b.build();
    }

    /** asOf: often the end of a month or quarter, sometimes any day, sometimes 31 December. */
    LocalDate asOf() {
        return switch (rnd.nextInt(4)) {
            case 0 -> YEAR_END;
            case 1 -> YearMonth.of(YEAR, 1 + rnd.nextInt(12)).atEndOfMonth();
            default -> LocalDate.of(YEAR, 1, 1).plusDays(rnd.nextInt(366));
        };
    }

    // ---- changes

    /** A random change to {@code d}: add, update or remove a record of some kind, or move asOf. */
    Change change(Dataset d) {
        int roll = rnd.nextInt(100);
        if (roll < 12) {
            LocalDate to;
            int how = rnd.nextInt(10);
            if (how < 3) {
                to = YEAR_END;
            } else if (how < 8) {
                to = d.asOf().plusDays(1 + rnd.nextInt(60));
            } else if (how < 9) {
                to = LocalDate.of(YEAR + 1, 1, 1).plusDays(rnd.nextInt(45)); // into the next year
            } else {
                to = d.asOf().minusDays(1 + rnd.nextInt(30)); // an embedder may move back too
            }
            if (to.getYear() > YEAR + 1 || to.getYear() < YEAR) {
                to = to.getYear() > YEAR ? YEAR_END : LocalDate.of(YEAR, 1, 1);
            }
            return Change.asOf(to);
        }
        RecordKind k = pick(RecordKind.values());
        List<Object> existing = d.records(k);
        if (roll < 50 || existing.isEmpty()) {
            if (!existing.isEmpty() && rnd.nextInt(10) == 0) {
                Object again = existing.get(rnd.nextInt(existing.size()));
                // the same record again: the very instance, or an equal copy
                return Change.add(rnd.nextBoolean() ? again : copy(again));
            }
            return Change.add(record(d, k, null));
        }
        Object old = existing.get(rnd.nextInt(existing.size()));
        if (roll < 70) {
            return Change.remove(old);
        }
        if (rnd.nextInt(20) == 0) {
            return Change.update(old, old);
        }
        if (rnd.nextBoolean()) {
            Object moved = moved(d, old);
            if (moved != null) {
                return Change.update(old, moved);
            }
        }
        return Change.update(old, record(d, k, key(old)));
    }

    /**
     * The same record in another place or state, as systems change them: a member moved to
     * another branch, a post ended, an organization dissolved, an activity's attendance changed;
     * null for other kinds.
     */
    private Object moved(Dataset d, Object old) {
        if (old instanceof Membership m) {
            return with(m, "organizationId", branchId(d));
        } else if (old instanceof Position p) {
            return with(p, "end", Optional.of(date()));
        } else if (old instanceof Organization o) {
            return with(o, "dissolved", rnd.nextInt(4) == 0 ? Optional.empty() : Optional.of(dateOrFirst()));
        } else if (old instanceof Activity a) {
            return with(a, "attendees", Optional.of(attendees(d)));
        }
        return null;
    }

    /** {@code record} with one component replaced (records have no withers). */
    static Object with(Object record, String component, Object value) {
        try {
            java.lang.reflect.RecordComponent[] c = record.getClass().getRecordComponents();
            Object[] values = new Object[c.length];
            Class<?>[] types = new Class<?>[c.length];
            for (int i = 0; i < c.length; i++) {
                types[i] = c[i].getType();
                values[i] = c[i].getName().equals(component) ? value : c[i].getAccessor().invoke(record);
            }
            return record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * {@code d} without the records whose key another record took first (organizations, people
     * and host units by id, memberships by person): the validator rejects those, and where ids
     * repeat the first wins, so only such a dataset is judged the same whatever its order.
     */
    public static Dataset withUniqueKeys(Dataset d) {
        Dataset.Builder b = Dataset.builder(d.asOf());
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Object r : d.allRecords()) {
            String key = r instanceof Organization o ? "o:" + o.id() : r instanceof Person p ? "p:" + p.id()
                    : r instanceof HostUnit h ? "h:" + h.id() : r instanceof Membership m ? "m:" + m.personId() : null;
            if (key == null || seen.add(key)) {
                b.add(r);
            }
        }
        d.present().forEach(b::present);
        return b.build();
    }

    /** {@code d} after {@code changes}, worked out independently of the live audit. */
    static Dataset applied(Dataset d, List<Change> changes) {
        Dataset.Builder b = d.toBuilder();
        for (Change c : changes) {
            if (c instanceof Change.Add a) {
                b.add(a.record());
            } else if (c instanceof Change.Remove r) {
                if (!b.remove(r.record())) {
                    throw new AssertionError("generated a removal of a missing record");
                }
            } else if (c instanceof Change.Update u) {
                if (!b.replace(u.old(), u.replacement())) {
                    throw new AssertionError("generated an update of a missing record");
                }
            } else if (c instanceof Change.AsOf a) {
                b.asOf(a.date());
            }
        }
        return b.build();
    }

    /** An equal record that is another instance. */
    static Object copy(Object record) {
        try {
            java.lang.reflect.RecordComponent[] c = record.getClass().getRecordComponents();
            Object[] values = new Object[c.length];
            Class<?>[] types = new Class<?>[c.length];
            for (int i = 0; i < c.length; i++) {
                values[i] = c[i].getAccessor().invoke(record);
                types[i] = c[i].getType();
            }
            return record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id an update keeps: an organization's, a person's, an activity's, or the person a record is about. */
    private static String key(Object record) {
        if (record instanceof Organization o) {
            return o.id();
        } else if (record instanceof Person p) {
            return p.id();
        } else if (record instanceof HostUnit h) {
            return h.id();
        } else if (record instanceof Activity a) {
            return a.id();
        }
        return null; // other kinds: a new version about the same or another subject
    }

    // ---- records

    public Object record(Dataset d, RecordKind k, String key) {
        return switch (k) {
            case ORGANIZATIONS -> key != null ? reshaped(d.organization(key).orElseThrow())
                    : org("b" + (10 + rnd.nextInt(90)), OrgType.BRANCH, pick(Sector.values()), orgId(d));
            case HOST_UNITS -> hostUnit(d, key != null ? key : "h" + rnd.nextInt(5));
            case PEOPLE -> person(key != null ? key : "p" + (20 + rnd.nextInt(80)));
            case MEMBERSHIPS -> membership(d, personId(d));
            case POSITIONS -> new Position(personId(d), orgId(d), pick(Role.values()), date(),
                    maybe(this::date), maybe(rnd::nextBoolean), maybe(rnd::nextBoolean), maybe(this::date));
            case RESERVE_CADRES -> new ReserveCadre(personId(d), orgId(d), date(), maybe(this::date));
            case TRAININGS -> new Training(personId(d), date(), rnd.nextInt(80) / 2.0, rnd.nextBoolean(),
                    pick(OrganizerLevel.values()), Optional.empty());
            case ACTIVITIES -> new Activity(key != null ? key : "a" + rnd.nextInt(1000), orgId(d),
                    pick(ActivityType.values()), activityDate(), rnd.nextInt(5) == 0 ? Optional.of(attendees(d))
                    : Optional.empty(), Optional.empty());
            case DUES_PAYMENTS -> new DuesPayment(personId(d), YearMonth.of(rnd.nextInt(8) == 0 ? YEAR - 1 : YEAR,
                    1 + rnd.nextInt(12)), rnd.nextInt(200) / 2.0, maybe(this::date));
            case ASSESSMENTS -> new Assessment(personId(d), YEAR - rnd.nextInt(2), pick(AssessmentResult.values()),
                    maybe(rnd::nextBoolean), rnd.nextInt(5) == 0);
            case MEMBER_EVALUATIONS -> new MemberEvaluation(personId(d), YEAR - rnd.nextInt(2),
                    pick(EvaluationResult.values()), maybe(rnd::nextBoolean));
            case CONTACT_POINTS -> new ContactPoint(personId(d), orgId(d), YEAR, rnd.nextInt(60));
            case PERSONAL_MATTERS_REPORTS -> new PersonalMattersReport(personId(d), YEAR - rnd.nextInt(2), date());
            case PETITIONS -> new Petition(orgId(d), date(), 1 + rnd.nextInt(5));
            case SURVEYS -> new Survey(orgId(d), date(), rnd.nextInt(101) / 100.0);
            case RECTIFICATIONS -> new Rectification(orgId(d), pick(RectificationKind.values()), date(),
                    maybe(this::date), rnd.nextBoolean());
            case INSPECTION_FLAGS -> new InspectionFlag(orgId(d), pick(InspectionCriterion.values()), date(),
                    Optional.empty());
        };
    }

    Organization org(String id, OrgType type, Sector sector, String parentId) {
        LocalDate established = rnd.nextInt(5) == 0 ? dateOrFirst() : LONG_AGO;
        Optional<LocalDate> dissolved = rnd.nextInt(10) == 0 ? Optional.of(dateOrFirst()) : Optional.empty();
        return new Organization(id, "组织" + id, type, sector, Optional.ofNullable(parentId), established, dissolved,
                Optional.of(rnd.nextInt(10) == 0), maybe(rnd::nextBoolean), rnd.nextBoolean() ? OptionalInt.of(3 + rnd.nextInt(5))
                : OptionalInt.empty(), maybe(() -> LocalDate.of(2015 + rnd.nextInt(6), 1 + rnd.nextInt(12), 1)),
                Optional.empty(), rnd.nextBoolean() ? OptionalInt.of(rnd.nextInt(3000)) : OptionalInt.empty(),
                rnd.nextBoolean() ? OptionalDouble.of(rnd.nextInt(800)) : OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), maybe(() -> rnd.nextInt(10) == 0), Optional.empty());
    }

    /** The same organization renamed, or with other dates and committee, or of another sector. */
    private Organization reshaped(Organization o) {
        Organization n = org(o.id(), o.type(), rnd.nextBoolean() ? o.sector() : pick(Sector.values()),
                o.parentId().orElse(null));
        String name = rnd.nextInt(3) == 0 ? o.name() + "改" : o.name();
        return new Organization(o.id(), name, n.type(), n.sector(), n.parentId(), n.established(), n.dissolved(),
                n.joint(), n.hasCommittee(), n.committeeSeats(), n.lastElection(), n.electionExtendedUntil(),
                n.households(), n.serviceAreaSqm(), n.fundsYuan(), n.starRating(), n.demonstrationPoint(),
                n.hostUnitId());
    }

    Person person(String id) {
        LocalDate birth = LocalDate.of(1940 + rnd.nextInt(63), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        if (rnd.nextInt(15) == 0) {
            birth = LocalDate.of(2000, 2, 29);
        }
        return new Person(id, "党员" + id + (rnd.nextInt(4) == 0 ? "乙" : ""), pick(Gender.values()), birth,
                pick(Education.values()), rnd.nextBoolean() ? Optional.of("11010119800101" + id) : Optional.empty());
    }

    Membership membership(Dataset d, String personId) {
        MembershipStatus status = pick(MembershipStatus.values());
        LocalDate admitted = rnd.nextBoolean() ? LONG_AGO : LocalDate.of(YEAR - rnd.nextInt(2), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        return new Membership(personId, branchId(d), status, admitted,
                status == MembershipStatus.PROBATIONARY ? Optional.empty() : maybe(() -> admitted.plusYears(1)),
                maybe(this::date), maybe(() -> admitted.minusYears(2)), maybe(() -> admitted.minusYears(1)),
                rnd.nextBoolean() ? OptionalDouble.of(rnd.nextInt(60)) : OptionalDouble.empty(),
                pick(MemberCategory.values()), Optional.empty(), rnd.nextInt(10) == 0,
                rnd.nextInt(10) == 0 ? Optional.of(date()) : Optional.empty(),
                status == MembershipStatus.SUSPENDED ? Optional.of(date()) : Optional.empty(),
                rnd.nextBoolean() ? OptionalDouble.of(rnd.nextInt(20000)) : OptionalDouble.empty(),
                rnd.nextInt(5) == 0 ? Optional.of(new MobileInfo(date(), maybe(rnd::nextBoolean), maybe(rnd::nextBoolean),
                        maybe(rnd::nextBoolean), OptionalInt.empty())) : Optional.empty(),
                Optional.empty());
    }

    HostUnit hostUnit(Dataset d, String id) {
        return new HostUnit(id, "单位" + id, pick(Sector.values()), rnd.nextBoolean() ? Optional.of(branchId(d))
                : Optional.empty(), Optional.of("c1"), OptionalInt.of(rnd.nextInt(200)),
                OptionalDouble.of(rnd.nextInt(1_000_000)), rnd.nextBoolean() ? OptionalDouble.of(rnd.nextInt(5000))
                : OptionalDouble.empty());
    }

    private List<String> attendees(Dataset d) {
        List<String> out = new ArrayList<>();
        for (Person p : d.people()) {
            if (rnd.nextBoolean()) {
                out.add(p.id());
            }
        }
        return out;
    }

    private String orgId(Dataset d) {
        List<Organization> orgs = d.organizations();
        return orgs.isEmpty() || rnd.nextInt(20) == 0 ? "x1" : orgs.get(rnd.nextInt(orgs.size())).id();
    }

    private String branchId(Dataset d) {
        List<String> branches = d.organizations().stream()
                .filter(o -> o.type() == OrgType.BRANCH || o.type() == OrgType.GENERAL_BRANCH).map(Organization::id).toList();
        return branches.isEmpty() ? orgId(d) : branches.get(rnd.nextInt(branches.size()));
    }

    private String personId(Dataset d) {
        List<Person> people = d.people();
        return people.isEmpty() || rnd.nextInt(15) == 0 ? "p" + (20 + rnd.nextInt(80))
                : people.get(rnd.nextInt(people.size())).id();
    }

    /** A day of 2020, the 1st and the last of a month and 1 January / 31 December more often than not. */
    private LocalDate date() {
        YearMonth m = YearMonth.of(YEAR, 1 + rnd.nextInt(12));
        return switch (rnd.nextInt(4)) {
            case 0 -> m.atDay(1);
            case 1 -> m.atEndOfMonth();
            default -> m.atDay(1 + rnd.nextInt(m.lengthOfMonth()));
        };
    }

    private LocalDate dateOrFirst() {
        return rnd.nextBoolean() ? YearMonth.of(YEAR, 1 + rnd.nextInt(12)).atDay(1) : date();
    }

    private LocalDate activityDate() {
        return rnd.nextInt(12) == 0 ? LocalDate.of(YEAR - 1, 12, 31) : date();
    }

    private <T> T pick(T[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private <T> Optional<T> maybe(java.util.function.Supplier<T> value) {
        return rnd.nextBoolean() ? Optional.of(value.get()) : Optional.empty();
    }
}
