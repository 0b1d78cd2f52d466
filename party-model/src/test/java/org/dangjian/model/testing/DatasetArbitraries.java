package org.dangjian.model.testing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
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
 * jqwik generators of valid datasets (no validator error): unique ids, references that resolve,
 * possible dates, numbers in range, a forest of organizations. Every optional field is sometimes
 * there and sometimes not; names carry Chinese, quotes, backslashes and control characters, and
 * amounts include awkward doubles, so a round trip through text is really tested.
 *
 * <p>Dates are chosen so that validity needs no cross-record arithmetic: births 1930–1990,
 * admissions, establishments and starts 1991–2014, as-of dates 2015–2025.
 *
 * <pre>{@code
 * @Property
 * void anything(@ForAll("datasets") Dataset d) { ... }
 *
 * @Provide
 * Arbitrary<Dataset> datasets() { return DatasetArbitraries.validDatasets(); }
 * }</pre>
 */
public final class DatasetArbitraries {

    private static final int MAX_PER_KIND = 5;

    private DatasetArbitraries() {}

    /** Valid datasets of up to 6 organizations, 8 people, 3 host units and a few records of every kind. */
    public static Arbitrary<Dataset> validDatasets() {
        return Combinators.combine(
                        dates(2015, 2025),
                        Arbitraries.integers().between(1, 6),
                        Arbitraries.integers().between(0, 8),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.subsetOf(RecordKind.values()))
                .flatAs((asOf, orgs, people, hosts, emptyButPresent) -> {
                    Pools pools = new Pools(ids("o-", orgs), ids("p-", people), ids("h-", hosts));
                    return Combinators.combine(recordLists(pools)).as(lists -> {
                        Dataset.Builder b = Dataset.builder(asOf);
                        emptyButPresent.forEach(b::present);
                        lists.forEach(b::addAll);
                        return b.build();
                    });
                });
    }

    /** The ids records may refer to. */
    private record Pools(List<String> orgs, List<String> people, List<String> hosts) {}

    private static List<Arbitrary<List<Object>>> recordLists(Pools p) {
        List<Arbitrary<List<Object>>> lists = new ArrayList<>();
        lists.add(indexed(p.orgs().size(), i -> organization(i, p)));
        lists.add(indexed(p.hosts().size(), i -> hostUnit(i, p)));
        lists.add(indexed(p.people().size(), i -> person(i)));
        lists.add(memberships(p));
        lists.add(some(p.people(), pid -> position(pid, p)));
        lists.add(some(p.people(), pid -> reserveCadre(pid, p)));
        lists.add(some(p.people(), DatasetArbitraries::training));
        lists.add(Arbitraries.integers().between(0, MAX_PER_KIND).flatMap(n -> indexed(n, i -> activity(i, p))));
        lists.add(some(p.people(), DatasetArbitraries::duesPayment));
        lists.add(some(p.people(), pid -> Combinators.combine(years(), Arbitraries.of(AssessmentResult.class),
                optional(Arbitraries.of(true, false)), bool())
                .as((y, r, sat, last) -> new Assessment(pid, y, r, sat, last))));
        lists.add(some(p.people(), pid -> Combinators.combine(years(), Arbitraries.of(EvaluationResult.class), optional(bool()))
                .as((y, r, h) -> new MemberEvaluation(pid, y, r, h))));
        lists.add(some(p.people(), pid -> Combinators.combine(Arbitraries.of(p.orgs()), years(), amounts())
                .as((o, y, d) -> new ContactPoint(pid, o, y, d))));
        lists.add(some(p.people(), pid -> Combinators.combine(years(), dates(2000, 2025))
                .as((y, d) -> new PersonalMattersReport(pid, y, d))));
        lists.add(some(p.orgs(), oid -> Combinators.combine(dates(2000, 2025), Arbitraries.integers().between(1, 500))
                .as((d, n) -> new Petition(oid, d, n))));
        lists.add(some(p.orgs(), oid -> Combinators.combine(dates(2000, 2025), Arbitraries.doubles().between(0, 1).ofScale(3))
                .as((d, s) -> new Survey(oid, d, s))));
        lists.add(some(p.orgs(), oid -> Combinators.combine(Arbitraries.of(RectificationKind.class), dates(1991, 2014),
                optional(days()), bool())
                .as((k, start, end, acc) -> new Rectification(oid, k, start, end.map(start::plusDays), acc))));
        lists.add(some(p.orgs(), oid -> Combinators.combine(Arbitraries.of(InspectionCriterion.class), dates(2000, 2025),
                optional(freeText()))
                .as((c, d, note) -> new InspectionFlag(oid, c, d, note))));
        return lists;
    }

    private static Arbitrary<Organization> organization(int i, Pools p) {
        Arbitrary<Optional<String>> parent = i == 0 ? Arbitraries.just(Optional.empty())
                : optional(Arbitraries.of(p.orgs().subList(0, i)));
        Arbitrary<Organization> basic = Combinators.combine(text(), Arbitraries.of(OrgType.class),
                        Arbitraries.of(Sector.class), parent, dates(1950, 2014), optional(days()), optional(bool()), optional(bool()))
                .as((name, type, sector, par, est, dis, joint, committee) -> new Organization(p.orgs().get(i), name,
                        type, sector, par, est, dis.map(est::plusDays), joint, committee, null, Optional.empty(),
                        Optional.empty(), null, null, null, null, Optional.empty(), Optional.empty()));
        return Combinators.combine(basic, optionalInt(0, 15), optional(dates(1990, 2025)), optional(dates(1990, 2025)),
                        optionalInt(0, 20_000), optionalDouble(), optionalDouble(), optionalInt(1, 5))
                .flatAs((o, seats, election, extended, households, area, funds, stars) ->
                        Combinators.combine(optional(bool()), optionalPick(p.hosts()))
                                .as((demo, host) -> new Organization(o.id(), o.name(), o.type(), o.sector(),
                                        o.parentId(), o.established(), o.dissolved(), o.joint(), o.hasCommittee(),
                                        seats, election, extended, households, area, funds, stars, demo, host)));
    }

    private static Arbitrary<HostUnit> hostUnit(int i, Pools p) {
        return Combinators.combine(text(), Arbitraries.of(Sector.class), optionalPick(p.orgs()),
                        optionalPick(p.orgs()), optionalInt(0, 100_000), optionalDouble(), optionalDouble())
                .as((name, kind, own, sup, emp, wages, funds) ->
                        new HostUnit(p.hosts().get(i), name, kind, own, sup, emp, wages, funds));
    }

    private static Arbitrary<Person> person(int i) {
        return Combinators.combine(text(), Arbitraries.of(Gender.class), dates(1930, 1990),
                        Arbitraries.of(Education.class), optional(Arbitraries.strings().numeric().ofLength(18)))
                .as((name, g, birth, edu, idNo) -> new Person("p-" + i, name, g, birth, edu, idNo));
    }

    private static Arbitrary<List<Object>> memberships(Pools p) {
        List<Arbitrary<Optional<Membership>>> each = p.people().stream()
                .map(pid -> optional(membership(pid, p))).toList();
        return Combinators.combine(each).as(l -> l.stream().flatMap(Optional::stream).map(m -> (Object) m).toList());
    }

    private static Arbitrary<Membership> membership(String pid, Pools p) {
        Arbitrary<Membership> basic = Combinators.combine(Arbitraries.of(p.orgs()), Arbitraries.of(MembershipStatus.class),
                        dates(1991, 2014), optional(days()), optional(dates(1991, 2025)), optional(dates(1960, 1990)),
                        optional(days()), optionalDouble())
                .as((org, status, admitted, full, extended, activist, candidateAfter, hours) -> new Membership(pid, org,
                        status, admitted, full.map(admitted::plusDays), extended, activist,
                        activist.flatMap(a -> candidateAfter.map(a::plusDays)), hours, null, Optional.empty(), false,
                        Optional.empty(), Optional.empty(), OptionalDouble.empty(), Optional.empty(), Optional.empty()));
        return Combinators.combine(basic, Arbitraries.of(MemberCategory.class), optionalPick(p.hosts()), bool(),
                        optional(dates(1991, 2025)), optional(dates(1991, 2025)), optionalDouble(), optional(mobile()))
                .flatAs((m, cat, work, exempt, lost, suspended, income, mobile) -> optionalPick(p.orgs())
                        .map(reported -> new Membership(m.personId(), m.organizationId(), m.status(), m.admitted(),
                                m.fullSince(), m.probationExtendedUntil(), m.activistSince(), m.candidateSince(),
                                m.preAdmissionTrainingHours(), cat, work, exempt, lost, suspended, income, mobile,
                                reported)));
    }

    private static Arbitrary<MobileInfo> mobile() {
        return Combinators.combine(dates(1991, 2025), optional(bool()), optional(bool()), optional(bool()), optionalInt(2000, 2025))
                .as(MobileInfo::new);
    }

    private static Arbitrary<Position> position(String pid, Pools p) {
        return Combinators.combine(Arbitraries.of(p.orgs()), Arbitraries.of(Role.class), dates(1991, 2014),
                        optional(days()), optional(bool()), optional(bool()), optional(dates(1991, 2025)))
                .as((org, role, start, end, full, archive, filed) ->
                        new Position(pid, org, role, start, end.map(start::plusDays), full, archive, filed));
    }

    private static Arbitrary<ReserveCadre> reserveCadre(String pid, Pools p) {
        return Combinators.combine(Arbitraries.of(p.orgs()), dates(1991, 2025), optional(days()))
                .as((org, since, until) -> new ReserveCadre(pid, org, since, until.map(since::plusDays)));
    }

    private static Arbitrary<Training> training(String pid) {
        return Combinators.combine(dates(2000, 2026), amounts().filter(h -> h > 0), bool(),
                        Arbitraries.of(OrganizerLevel.class), optional(freeText()))
                .as((d, h, c, level, title) -> new Training(pid, d, h, c, level, title));
    }

    private static Arbitrary<Activity> activity(int i, Pools p) {
        Arbitrary<List<String>> attendees = p.people().isEmpty() ? Arbitraries.just(List.of())
                : Arbitraries.of(p.people()).list().ofMaxSize(4);
        return Combinators.combine(Arbitraries.of(p.orgs()), Arbitraries.of(ActivityType.class), dates(2000, 2026),
                        optional(attendees), optional(freeText()))
                .as((org, type, d, who, title) -> new Activity("a-" + i, org, type, d, who, title));
    }

    private static Arbitrary<DuesPayment> duesPayment(String pid) {
        return Combinators.combine(dates(2000, 2025).map(YearMonth::from), amounts(), optional(dates(2000, 2025)))
                .as((month, amount, paid) -> new DuesPayment(pid, month, amount, paid));
    }

    // ---- building blocks

    /** A name: Chinese, quotes, backslashes and slashes (names hold no control characters or line breaks). */
    public static Arbitrary<String> text() {
        return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars("abcXYZ019 -_\"\\/·、")
                .ofMinLength(0).ofMaxLength(10);
    }

    /** A title or note: as a name, and line breaks and tabs too. */
    public static Arbitrary<String> freeText() {
        return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').withChars("abcXYZ019 -_\"\\/\n\r\t·、")
                .ofMinLength(0).ofMaxLength(10);
    }

    /** Dates in the years {@code from} to {@code to}, inclusive. */
    public static Arbitrary<LocalDate> dates(int from, int to) {
        return Arbitraries.longs()
                .between(LocalDate.of(from, 1, 1).toEpochDay(), LocalDate.of(to, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }

    /**
     * Non-negative amounts: mostly cents, sometimes any double at all (a subnormal, 1e-7, 2^52+1),
     * which only a writer that prints the shortest exact form gets back unchanged.
     */
    public static Arbitrary<Double> amounts() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, Arbitraries.doubles().between(0, 1_000_000).ofScale(2)),
                net.jqwik.api.Tuple.of(2, Arbitraries.longs().between(0, Double.doubleToLongBits(1e15))
                        .map(Double::longBitsToDouble)));
    }

    private static Arbitrary<Integer> years() {
        return Arbitraries.integers().between(2000, 2025);
    }

    private static Arbitrary<Long> days() {
        return Arbitraries.longs().between(0, 4000);
    }

    private static Arbitrary<Boolean> bool() {
        return Arbitraries.of(true, false);
    }

    /** Sometimes one of {@code pool}; always empty if the pool is. */
    private static Arbitrary<Optional<String>> optionalPick(List<String> pool) {
        return pool.isEmpty() ? Arbitraries.just(Optional.empty()) : optional(Arbitraries.of(pool));
    }

    private static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> a) {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just(Optional.<T>empty())),
                net.jqwik.api.Tuple.of(1, a.map(Optional::of)));
    }

    private static Arbitrary<OptionalInt> optionalInt(int min, int max) {
        return optional(Arbitraries.integers().between(min, max)).map(o -> o.map(OptionalInt::of).orElse(OptionalInt.empty()));
    }

    private static Arbitrary<OptionalDouble> optionalDouble() {
        return optional(amounts()).map(o -> o.map(OptionalDouble::of).orElse(OptionalDouble.empty()));
    }

    private static List<String> ids(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).toList();
    }

    /** Records 0..n-1, built by index (for kinds whose ids must be unique). */
    private static Arbitrary<List<Object>> indexed(int n, IntFunction<Arbitrary<?>> each) {
        List<Arbitrary<Object>> list = IntStream.range(0, n).mapToObj(i -> each.apply(i).map(x -> (Object) x)).toList();
        return list.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(list).as(l -> l);
    }

    /** Up to a few records, each about someone or something of {@code pool}; none if the pool is empty. */
    private static <T> Arbitrary<List<Object>> some(List<String> pool, Function<String, Arbitrary<T>> each) {
        if (pool.isEmpty()) {
            return Arbitraries.just(List.of());
        }
        return Arbitraries.of(pool).flatMap(each::apply).map(x -> (Object) x).list().ofMaxSize(MAX_PER_KIND);
    }
}
