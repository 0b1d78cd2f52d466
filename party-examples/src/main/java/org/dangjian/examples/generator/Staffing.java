package org.dangjian.examples.generator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.dangjian.model.Education;
import org.dangjian.model.OrgType;
import org.dangjian.model.ReserveCadre;
import org.dangjian.model.Role;
import org.dangjian.model.Sector;

/**
 * Elections and posts: the committee (班子) of every grassroots organization with its secretary,
 * deputies and members, elected within the term; party workers; a community's residents'
 * director (居委会主任, often the secretary: 一肩挑) and reserve cadres (后备干部); the leaders of
 * districts and streets; section-level cadres (科级干部). A few secretaries change during the year.
 */
final class Staffing {

    /** The share of grassroots organizations whose secretary changed during the year. */
    private static final double TURNOVER = 0.06;

    private final Ctx ctx;

    Staffing(Ctx ctx) {
        this.ctx = ctx;
    }

    /** Elects the committee or secretary of every grassroots organization of the unit. */
    void unit(Rng rng, OrgNode top) {
        for (OrgNode o : top.subtree()) {
            if (o.grassroots()) {
                elect(rng, o);
            }
        }
        if (top.twoNew() && top.subtreeMembers().size() >= 8) {
            pick(rng, top.subtreeMembers(), false).ifPresent(m -> post(m, top, Role.PARTY_WORKER, top.lastElection.get(), false));
        }
    }

    private void elect(Rng rng, OrgNode o) {
        LocalDate elected = electionDate(rng, o);
        o.lastElection = Optional.of(elected);
        int seats = !o.hasCommittee ? 1
                : o.type == OrgType.PARTY_COMMITTEE ? (o.subtreeMembers().size() >= 300 ? 7 : 5)
                : o.type == OrgType.GENERAL_BRANCH || o.members.size() >= 30 ? 5 : 3;
        List<Member> pool = o.type == OrgType.BRANCH ? o.members : o.subtreeMembers();
        boolean preferLeaders = o.communityOrg;
        List<Member> chosen = new ArrayList<>();
        for (int i = 0; i < seats; i++) {
            Optional<Member> m = pick(rng, pool, preferLeaders);
            if (m.isEmpty()) {
                break;
            }
            chosen.add(m.get());
            m.get().hasPost = true;
        }
        if (chosen.isEmpty()) {
            return;
        }
        if (o.type == OrgType.BRANCH && chosen.size() < 3) { // too few to form a committee: a secretary alone
            o.hasCommittee = false;
            chosen.subList(1, chosen.size()).forEach(m -> m.hasPost = false);
            chosen = chosen.subList(0, 1);
        }
        if (o.hasCommittee) {
            o.committeeSeats = java.util.OptionalInt.of(chosen.size());
        }
        secretary(rng, o, chosen.get(0), elected, pool);
        for (int i = 1; i < chosen.size(); i++) {
            Role role = i == 1 && chosen.size() >= 5 ? Role.DEPUTY_SECRETARY : Role.COMMITTEE_MEMBER;
            Optional<LocalDate> end = Optional.empty();
            LocalDate left = ctx.asOf.minusMonths(rng.between(2, 8));
            if (i == chosen.size() - 1 && left.isAfter(elected) && ctx.hit(rng, Fault.SEAT_VACANT)) {
                end = Optional.of(left); // left, no by-election yet
            }
            o.posts.add(new Post(chosen.get(i), o, role, elected, end, false, archive(rng, o), Optional.empty()));
        }
        if (o.communityOrg) {
            community(rng, o, chosen);
        }
    }

    /** Elected within the term: five years for committees and communities, three for others. */
    private LocalDate electionDate(Rng rng, OrgNode o) {
        LocalDate asOf = ctx.asOf;
        boolean fiveYears = o.type == OrgType.PARTY_COMMITTEE || o.sector == Sector.COMMUNITY;
        LocalDate d;
        if (ctx.hit(rng, Fault.ELECTION_OVERDUE)) {
            d = asOf.minusYears(fiveYears ? 5 : 3).minusMonths(rng.between(1, 14));
        } else if (o.sector == Sector.COMMUNITY) { // the city's communities elect together, in spring two years ago
            d = rng.date(LocalDate.of(ctx.year - 2, 4, 10), LocalDate.of(ctx.year - 2, 6, 30));
        } else {
            d = rng.date(asOf.minusMonths(fiveYears ? 46 : 33), asOf.minusMonths(3));
        }
        return Dates.max(d, o.established);
    }

    /** The secretary: in post since the election or before; now and then a new one this year. */
    private void secretary(Rng rng, OrgNode o, Member holder, LocalDate elected, List<Member> pool) {
        boolean community = o.communityOrg;
        // most secretaries are re-elected: in post since an earlier term
        LocalDate start = rng.chance(0.7) ? Dates.max(o.established, elected.minusYears(rng.between(3, 6))) : elected;
        LocalDate asOf = ctx.asOf;
        boolean vacant = ctx.hit(rng, Fault.SECRETARY_VACANT);
        boolean changed = !vacant && asOf.getMonthValue() >= 4 && start.isBefore(ctx.yearStart) && rng.chance(TURNOVER);
        if (vacant || changed) {
            LocalDate left = vacant ? asOf.minusDays(rng.between(20, 200))
                    : Dates.workday(rng, YearMonth.of(ctx.year, rng.between(2, Math.min(6, asOf.getMonthValue() - 1))));
            if (!left.isAfter(start)) {
                left = start.plusDays(1);
            }
            o.posts.add(new Post(holder, o, Role.SECRETARY, start, Optional.of(left.minusDays(1)), community,
                    archive(rng, o), filed(rng, start, community)));
            if (vacant) {
                return;
            }
            Optional<Member> next = pick(rng, pool, community);
            if (next.isEmpty()) {
                return;
            }
            holder = next.get();
            holder.hasPost = true;
            start = left;
        }
        boolean fullTime = community && !ctx.hit(rng, Fault.PART_TIME_SECRETARY);
        Optional<LocalDate> filed = filed(rng, start, community);
        if (community && start.getYear() == ctx.year && ctx.hit(rng, Fault.LATE_FILING)) {
            filed = Optional.of(start.plusDays(rng.between(35, 90))).filter(d -> !d.isAfter(asOf));
        }
        o.posts.add(new Post(holder, o, Role.SECRETARY, start, Optional.empty(), fullTime, archive(rng, o), filed));
    }

    /** A community secretary is filed with the district within days of taking office (区级备案). */
    private Optional<LocalDate> filed(Rng rng, LocalDate start, boolean community) {
        return community ? Optional.of(Dates.min(ctx.asOf, start.plusDays(rng.between(5, 25)))) : Optional.empty();
    }

    private boolean archive(Rng rng, OrgNode o) {
        return !(o.communityOrg && ctx.hit(rng, Fault.NO_ARCHIVE));
    }

    /** Party workers, the residents' director, reserve cadres. */
    private void community(Rng rng, OrgNode o, List<Member> committee) {
        List<Member> all = o.subtreeMembers();
        int workers = rng.between(1, 2);
        for (int i = 0; i < workers; i++) {
            pick(rng, all, true).ifPresent(m -> post(m, o, Role.PARTY_WORKER, o.lastElection.get(), true));
        }
        Member director = rng.chance(0.8) || committee.size() < 2 ? committee.get(0) : committee.get(1);
        post(director, o, Role.RESIDENTS_DIRECTOR, o.lastElection.get(), true);
    }

    /** 3 to 6 reserve cadres, young community workers with college education. */
    List<ReserveCadre> reserves(Rng rng, OrgNode o) {
        List<Member> young = o.subtreeMembers().stream()
                .filter(m -> m.free() && m.active() && m.age(ctx.asOf) <= 40
                        && m.person.education().compareTo(Education.JUNIOR_COLLEGE) >= 0)
                .sorted(Comparator.comparing((Member m) -> m.profile != Profile.COMMUNITY_WORKER)).toList();
        int n = ctx.hit(rng, Fault.FEW_RESERVE_CADRES) ? rng.between(0, 2) : rng.between(3, 6);
        List<Member> chosen = new ArrayList<>(young.subList(0, Math.min(n, young.size())));
        if (ctx.hit(rng, Fault.RESERVE_LOW_EDUCATION)) {
            o.subtreeMembers().stream().filter(m -> m.free() && m.active() && m.age(ctx.asOf) <= 45
                            && m.person.education().compareTo(Education.JUNIOR_COLLEGE) < 0).findFirst()
                    .ifPresent(chosen::add);
        }
        List<ReserveCadre> out = new ArrayList<>();
        for (Member m : chosen) {
            LocalDate since = rng.date(ctx.yearStart.minusYears(3), ctx.asOf.minusMonths(1));
            out.add(new ReserveCadre(m.id(), o.id, Dates.max(since, m.membership.admitted()), Optional.empty()));
        }
        return out;
    }

    /** The district committee's standing committee (常委), from the civil servants of its organs. */
    void district(Rng rng, OrgNode district, List<Member> civilServants) {
        district.hasCommittee = true;
        LocalDate elected = rng.date(LocalDate.of(ctx.year - 4, 6, 1), LocalDate.of(ctx.year - 4, 10, 31));
        district.lastElection = Optional.of(elected);
        leaders(rng, district, civilServants, elected, 11, 2);
    }

    /** A street working committee: seven leaders, full-time party-building staff, section-level posts. */
    List<Member> street(Rng rng, OrgNode street, OrgNode organBranch) {
        street.hasCommittee = true;
        LocalDate since = rng.date(ctx.asOf.minusMonths(40), ctx.asOf.minusMonths(6));
        street.lastElection = Optional.of(since);
        List<Member> leaders = leaders(rng, street, organBranch.members, since, 7, 2);
        int fullTime = ctx.hit(rng, Fault.FEW_PARTY_WORKERS) ? 1 : 3;
        for (int i = 0; i < 3; i++) {
            boolean ft = i < fullTime;
            pick(rng, organBranch.members, false).ifPresent(m -> post(m, street, Role.PARTY_WORKER, since, ft));
        }
        List<Member> cadres = new ArrayList<>(leaders.subList(1, Math.min(5, leaders.size())));
        for (Member m : cadres) {
            post(m, street, Role.SECTION_CADRE, since, false);
        }
        return cadres;
    }

    private List<Member> leaders(Rng rng, OrgNode org, List<Member> pool, LocalDate elected, int seats, int deputies) {
        List<Member> chosen = new ArrayList<>();
        for (int i = 0; i < seats; i++) {
            Optional<Member> m = pick(rng, pool, false, 40);
            if (m.isEmpty()) {
                break;
            }
            Role role = i == 0 ? Role.SECRETARY : i <= deputies ? Role.DEPUTY_SECRETARY : Role.COMMITTEE_MEMBER;
            post(m.get(), org, role, elected, false);
            chosen.add(m.get());
        }
        org.committeeSeats = java.util.OptionalInt.of(chosen.size());
        return chosen;
    }

    /** One or two section-level posts (局长, 副局长) in a district organ. */
    List<Member> sectionCadres(Rng rng, OrgNode organ) {
        List<Member> out = new ArrayList<>();
        int n = organ.subtreeMembers().size() >= 25 ? 2 : 1;
        for (int i = 0; i < n; i++) {
            Optional<Member> m = pick(rng, organ.subtreeMembers(), false, 38);
            m.ifPresent(x -> {
                post(x, organ, Role.SECTION_CADRE, rng.date(ctx.asOf.minusYears(6), ctx.asOf.minusMonths(8)), false);
                out.add(x);
            });
        }
        return out;
    }

    private void post(Member m, OrgNode o, Role role, LocalDate start, boolean fullTime) {
        m.hasPost = true;
        o.posts.add(new Post(m, o, role, Dates.max(start, o.established), Optional.empty(), fullTime, true, Optional.empty()));
    }

    private Optional<Member> pick(Rng rng, List<Member> pool, boolean preferCommunityStaff) {
        return pick(rng, pool, preferCommunityStaff, 25);
    }

    /**
     * A member free for a post: active, not exempt nor away, a full member of working or early
     * retirement age; community staff first when asked; otherwise at random.
     */
    private Optional<Member> pick(Rng rng, List<Member> pool, boolean preferCommunityStaff, int minAge) {
        Member best = null;
        double bestKey = Double.MAX_VALUE;
        for (Member m : pool) {
            int age = m.age(ctx.asOf);
            if (!m.free() || !m.active() || m.exempt() || m.mobile() || !m.full() || age < minAge || age > 70) {
                continue;
            }
            // community leaders sit on the committee, community workers come next (party workers, reserves)
            double staff = m.profile == Profile.COMMUNITY_LEADER ? 0 : m.profile == Profile.COMMUNITY_WORKER ? 5 : 10;
            double k = rng.real(0, 1) + (preferCommunityStaff ? staff : 0) + (m.retired() ? 2 : 0);
            if (k < bestKey) {
                best = m;
                bestKey = k;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Marks what each member's posts ask of them (training, attendance), from the posts in force on {@code asOf}. */
    void markDuties(OrgNode top) {
        for (OrgNode o : top.subtree()) {
            for (Post p : o.posts) {
                if (!p.inForce(ctx.asOf)) {
                    continue;
                }
                Member m = p.holder();
                m.hasPost = true;
                boolean committeeLevel = o.type == OrgType.DISTRICT_COMMITTEE || o.type == OrgType.STREET_WORKING_COMMITTEE
                        || o.type == OrgType.PARTY_COMMITTEE;
                m.leader |= committeeLevel && p.seat();
                if (o.grassroots() && p.role() == Role.SECRETARY) {
                    m.secretarySince = p.start();
                } else if (o.grassroots() && p.seat()) {
                    m.committeeSeat = true;
                }
                m.twoNewCadre |= o.twoNew() && (p.role() == Role.SECRETARY || p.role() == Role.PARTY_WORKER);
                m.sectionCadre |= p.role() == Role.SECTION_CADRE;
            }
        }
    }
}
