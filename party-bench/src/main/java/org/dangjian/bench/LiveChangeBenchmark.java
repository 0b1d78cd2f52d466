package org.dangjian.bench;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dangjian.model.Activity;
import org.dangjian.model.ActivityType;
import org.dangjian.model.Dataset;
import org.dangjian.model.DuesPayment;
import org.dangjian.model.Education;
import org.dangjian.model.Membership;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.OrganizerLevel;
import org.dangjian.model.Person;
import org.dangjian.model.Position;
import org.dangjian.model.Sector;
import org.dangjian.model.Training;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.Change;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.FindingEvent;
import org.dangjian.rules.LiveAudit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one change costs a live audit (实时审计) of the whole built-in pack, by kind of change: the
 * change applied, the facts derived again, the rules fired and the events returned. Each operation
 * applies a change and the next one its inverse (alternately), so the audit's state does not drift
 * and both directions are measured. Sample mode gives the percentiles.
 *
 * <p>Opening a live audit of a large district costs minutes on a shared machine, so one audit per
 * district size is kept for the JVM's life and shared by the kinds of change: run without forks
 * ({@code -f 0}) to open it once for all of them. A trial leaves the audit as it found it (the
 * last change undone, {@code asOf} put back).
 *
 * <ul>
 *   <li>{@code activity}: a theme party day added to a branch, then removed;</li>
 *   <li>{@code attendance}: an activity with attendance recorded, one attendee taken off, then back;</li>
 *   <li>{@code training}: a training of a member in June added, then removed;</li>
 *   <li>{@code dues}: a month's dues payment of a member added, then removed;</li>
 *   <li>{@code person}: a person's education changed, then back;</li>
 *   <li>{@code membership}: a member moved to another branch, then back;</li>
 *   <li>{@code post}: a post in force ended, then open again;</li>
 *   <li>{@code organization}: a branch's number of households changed, then back;</li>
 *   <li>{@code orgCreate}: a new branch under a community committee (社区党委), then removed;</li>
 *   <li>{@code orgMove}: a community branch, its members with it, moved under a community committee
 *       of another street, then back;</li>
 *   <li>{@code orgRetype}: that branch made a general branch (党总支), then back;</li>
 *   <li>{@code orgDissolve}: that branch dissolved on 30 June 2020, then not;</li>
 *   <li>{@code asOfDay}, {@code asOfMonth}, {@code asOfYear}: {@code asOf} moved from 30 to
 *       31 December 2020, from 30 November to 31 December, from 31 December 2020 to 1 January 2021,
 *       then back;</li>
 *   <li>{@code asOfMidDay}: 14 to 15 October 2020, a day on which no period ends, then back;</li>
 *   <li>{@code duesQuiet}, {@code duesRaising}: the {@code dues} change of the first member whose
 *       payment raises or clears no finding, or some ({@link #duesPair}): like for like at every
 *       size, where {@code dues}'s member is not (see there);</li>
 *   <li>{@code newMember}: the education of a member admitted in the audit year changed, then back
 *       (the cohorts above list them).</li>
 * </ul>
 *
 * <pre>
 * java -Xmx8g -jar party-bench/target/benchmarks.jar LiveChange -p members=10000 -f 0 -wi 2 -w 4 -i 3 -r 4
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g", "-Xms2g"})
public class LiveChangeBenchmark {

    @Param({"10000", "100000"})
    public long members;

    @Param({"activity", "attendance", "training", "dues", "person", "membership", "post", "organization",
            "orgCreate", "orgMove", "orgRetype", "orgDissolve",
            "asOfDay", "asOfMonth", "asOfYear",
            "duesQuiet", "duesRaising", "newMember", "asOfMidDay"})
    public String change;

    /**
     * At most this many groups of subtrees open ({@code AuditOptions.liveOpenGroups}); 0, the
     * default, one Drools session. Run at 1,000,000 members in {@code -Xmx4g} with 8: the live
     * audit that fits the 4 GB, and what its changes cost.
     */
    @Param({"0"})
    public int openGroups;

    /** One live audit per district size and {@link #openGroups}, for the JVM's life (see the class comment). */
    private static final java.util.Map<List<Long>, LiveAudit> OPEN = new java.util.HashMap<>();

    private LiveAudit live;
    private LocalDate asOf;
    private Change forth;
    private Change back;
    private boolean there;

    @Setup(Level.Trial)
    public void setUp() {
        live = open(members, openGroups);
        asOf = live.dataset().asOf();
        List<Change> pair = changes(live, change);
        if (pair.size() == 3) {
            live.apply(pair.get(2)); // where a move of asOf starts from
        }
        forth = pair.get(0);
        back = pair.get(1);
        there = false;
    }

    /** The live audit of the district of {@code members}, opened on first use and kept. */
    static LiveAudit open(long members, int openGroups) {
        synchronized (OPEN) {
            return OPEN.computeIfAbsent(List.of(members, (long) openGroups), k -> ComplianceEngine.builtIn()
                    .openLive(Districts.read(members), AuditOptions.builder().liveOpenGroups(openGroups).build()));
        }
    }

    @Benchmark
    public List<FindingEvent> apply() {
        there = !there;
        return live.apply(there ? forth : back);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (there) {
            live.apply(back);
        }
        live.apply(Change.asOf(asOf));
    }

    /**
     * The change of the kind named, its inverse and, for moves of {@code asOf}, the date to start
     * from; {@code duesQuiet} and {@code duesRaising} are found by trying payments on {@code live}.
     */
    static List<Change> changes(LiveAudit live, String change) {
        return switch (change) {
            case "duesQuiet" -> duesPair(live, false);
            case "duesRaising" -> duesPair(live, true);
            default -> changes(live.dataset(), change);
        };
    }

    /**
     * {@code duesQuiet} and {@code duesRaising}: the {@code dues} change (June's dues paid, then the
     * payment removed) of the first member, in the order the dataset lists them, whose payment
     * raises or clears no finding, or some. Why: {@code dues} pays for the first branch's first
     * member, who at 1,000,000 members owes arrears and pays below the rate (the payment clears
     * and raises MEM-001 and raises MEM-003) and at 10,000 and 100,000 owes nothing, so its
     * figures at the three sizes compare different work. Found by trying the first 400 members on
     * {@code live} (each payment applied and removed).
     */
    static List<Change> duesPair(LiveAudit live, boolean raising) {
        int tried = 0;
        for (Membership m : live.dataset().memberships()) {
            if (++tried > 400) {
                break;
            }
            DuesPayment p = new DuesPayment(m.personId(), YearMonth.of(2020, 6), 12.5,
                    Optional.of(LocalDate.of(2020, 6, 5)));
            List<Change> pair = addRemove(p);
            boolean raised = !live.apply(pair.get(0)).isEmpty();
            live.apply(pair.get(1));
            if (raised == raising) {
                return pair;
            }
        }
        throw new IllegalStateException(
                "no member's payment " + (raising ? "raises" : "leaves") + " findings among the first 400");
    }

    /** The change, its inverse and, for moves of {@code asOf}, the date to open the audit on. */
    static List<Change> changes(Dataset d, String change) {
        String branch = d.organizations().stream().filter(o -> o.type() == OrgType.BRANCH)
                .map(Organization::id).findFirst().orElseThrow();
        Membership member = d.memberships().stream().filter(m -> m.organizationId().equals(branch)).findFirst()
                .orElseThrow();
        return switch (change) {
            case "activity" -> addRemove(new Activity("bench-extra", branch, ActivityType.THEME_PARTY_DAY,
                    LocalDate.of(2020, 3, 3), Optional.empty(), Optional.empty()));
            case "attendance" -> {
                Activity a = d.activities().stream().filter(x -> x.attendees().map(l -> l.size() > 1).orElse(false))
                        .findFirst().orElseThrow();
                List<String> fewer = new ArrayList<>(a.attendees().orElseThrow());
                fewer.remove(0);
                yield update(a, with(a, "attendees", Optional.of(List.copyOf(fewer))));
            }
            case "training" -> addRemove(new Training(member.personId(), LocalDate.of(2020, 6, 1), 4.0, true,
                    OrganizerLevel.DISTRICT, Optional.empty()));
            case "dues" -> addRemove(new DuesPayment(member.personId(), YearMonth.of(2020, 6), 12.5,
                    Optional.of(LocalDate.of(2020, 6, 5))));
            case "newMember" -> {
                Membership admitted = d.memberships().stream().filter(m -> m.admitted().getYear() == 2020)
                        .findFirst().orElseThrow();
                Person p = d.person(admitted.personId()).orElseThrow();
                Education other = p.education() == Education.MASTER ? Education.BACHELOR : Education.MASTER;
                yield update(p, with(p, "education", other));
            }
            case "person" -> {
                Person p = d.person(member.personId()).orElseThrow();
                Education other = p.education() == Education.MASTER ? Education.BACHELOR : Education.MASTER;
                yield update(p, with(p, "education", other));
            }
            case "membership" -> {
                String otherBranch = d.organizations().stream().filter(o -> o.type() == OrgType.BRANCH)
                        .map(Organization::id).filter(id -> !id.equals(branch)).findFirst().orElseThrow();
                yield update(member, with(member, "organizationId", otherBranch));
            }
            case "post" -> {
                Position p = d.positions().stream().filter(x -> x.end().isEmpty()).findFirst().orElseThrow();
                yield update(p, with(p, "end", Optional.of(LocalDate.of(2020, 9, 30))));
            }
            case "organization" -> {
                Organization o = d.organization(branch).orElseThrow();
                yield update(o, with(o, "households", java.util.OptionalInt.of(o.households().orElse(100) + 1)));
            }
            case "orgCreate" -> {
                Organization committee = communityCommittees(d).get(0);
                yield addRemove(new Organization("bench-new-branch", "新建党支部", OrgType.BRANCH, Sector.COMMUNITY,
                        Optional.of(committee.id()), LocalDate.of(2020, 3, 1), Optional.empty(), Optional.of(false),
                        Optional.of(false), java.util.OptionalInt.empty(), Optional.empty(), Optional.empty(),
                        java.util.OptionalInt.empty(), java.util.OptionalDouble.empty(),
                        java.util.OptionalDouble.empty(), java.util.OptionalInt.empty(), Optional.of(false),
                        Optional.empty()));
            }
            case "orgMove" -> {
                Organization b = communityBranch(d);
                String street = d.organization(b.parentId().orElseThrow()).flatMap(Organization::parentId)
                        .orElseThrow();
                Organization elsewhere = communityCommittees(d).stream()
                        .filter(c -> !c.parentId().orElseThrow().equals(street)).findFirst().orElseThrow();
                yield update(b, with(b, "parentId", Optional.of(elsewhere.id())));
            }
            case "orgRetype" -> {
                Organization b = communityBranch(d);
                yield update(b, with(b, "type", OrgType.GENERAL_BRANCH));
            }
            case "orgDissolve" -> {
                Organization b = communityBranch(d);
                yield update(b, with(b, "dissolved", Optional.of(LocalDate.of(2020, 6, 30))));
            }
            case "asOfDay" -> asOf(LocalDate.of(2020, 12, 30), LocalDate.of(2020, 12, 31));
            case "asOfMonth" -> asOf(LocalDate.of(2020, 11, 30), LocalDate.of(2020, 12, 31));
            case "asOfYear" -> asOf(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1));
            // A day on which no period ends (the probe's only, not a JMH parameter).
            case "asOfMidDay" -> asOf(LocalDate.of(2020, 10, 14), LocalDate.of(2020, 10, 15));
            default -> throw new IllegalArgumentException("no such change: " + change);
        };
    }

    /** The community committees (社区党委) under streets, in the dataset's order. */
    private static List<Organization> communityCommittees(Dataset d) {
        return d.organizations().stream()
                .filter(o -> o.type() == OrgType.PARTY_COMMITTEE && o.sector() == Sector.COMMUNITY)
                .filter(o -> o.parentId().flatMap(d::organization)
                        .map(p -> p.type() == OrgType.STREET_WORKING_COMMITTEE).orElse(false))
                .toList();
    }

    /** The first branch directly under a community committee that has members. */
    private static Organization communityBranch(Dataset d) {
        java.util.Set<String> committees = new java.util.HashSet<>();
        communityCommittees(d).forEach(c -> committees.add(c.id()));
        java.util.Set<String> withMembers = new java.util.HashSet<>();
        d.memberships().forEach(m -> withMembers.add(m.organizationId()));
        return d.organizations().stream()
                .filter(o -> o.type() == OrgType.BRANCH && o.parentId().map(committees::contains).orElse(false))
                .filter(o -> withMembers.contains(o.id())).findFirst().orElseThrow();
    }

    /**
     * An activity of the last branch, added and removed: a change far from the first branch's (in
     * another group of subtrees when a live audit holds its facts in groups), which the rules'
     * session always sees (an activity is matched; a dues payment may change no fact).
     */
    static List<Change> elsewhere(Dataset d) {
        List<Organization> branches = d.organizations().stream().filter(o -> o.type() == OrgType.BRANCH).toList();
        String last = branches.get(branches.size() - 1).id();
        return addRemove(new Activity("bench-elsewhere", last, ActivityType.THEME_PARTY_DAY,
                LocalDate.of(2020, 4, 4), Optional.empty(), Optional.empty()));
    }

    private static List<Change> addRemove(Object record) {
        return List.of(Change.add(record), Change.remove(record));
    }

    private static List<Change> update(Object old, Object replacement) {
        return List.of(Change.update(old, replacement), Change.update(replacement, old));
    }

    private static List<Change> asOf(LocalDate from, LocalDate to) {
        return List.of(Change.asOf(to), Change.asOf(from), Change.asOf(from));
    }

    /** {@code record} with one component replaced (records have no withers). */
    static Object with(Object record, String component, Object value) {
        try {
            RecordComponent[] c = record.getClass().getRecordComponents();
            Object[] values = new Object[c.length];
            Class<?>[] types = new Class<?>[c.length];
            boolean found = false;
            for (int i = 0; i < c.length; i++) {
                types[i] = c[i].getType();
                found |= c[i].getName().equals(component);
                values[i] = c[i].getName().equals(component) ? value : c[i].getAccessor().invoke(record);
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
            }
            return record.getClass().getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
