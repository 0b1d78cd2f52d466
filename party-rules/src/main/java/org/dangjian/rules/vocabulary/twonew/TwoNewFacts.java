package org.dangjian.rules.vocabulary.twonew;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.Set;
import java.util.function.Consumer;
import org.dangjian.model.Dataset;
import org.dangjian.model.OrgType;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.twonew.TwoNewTally;
import org.dangjian.rules.internal.KeyedDeriver;
import org.dangjian.rules.internal.FactSink;
import org.dangjian.rules.internal.OrgKinds;
import org.dangjian.rules.internal.OrgChanges;
import org.dangjian.rules.internal.AsOfMove;

/**
 * TWO: two-new organizations (“两新”组织). For every district committee existing on {@code asOf},
 * the two-new grassroots orgs of its subtree that exist on {@code asOf}: demonstration points and
 * star ratings. The rule compares them with the targets (and the star level) of the parameters.
 */
final class TwoNewFacts implements KeyedDeriver {

    private static final Set<RecordKind> READS = Set.of(RecordKind.ORGANIZATIONS);

    @Override
    public Set<RecordKind> reads() {
        return READS;
    }


    @Override
    public KeyedDeriver.Live live(Dataset dataset) {
        return new ByKey(dataset);
    }

    /**
     * Keys: the id of district committees. Kept between changes: the organizations by id, and
     * each district's tally as last derived, by id, for one {@code asOf}. Why the tallies: a
     * tally reads the district's whole subtree (12,000 organizations at 100,000 members), and
     * every change of an organization derives the districts above it again: the walk was a
     * quarter of an organization's change. A tally reads its subtree's organizations' place,
     * type, sector, dates, demonstration point and star rating; so it is kept while the
     * organizations that came and went were changed in place with those kept
     * ({@link OrgChanges#inPlace}: their households, their name), else every district is walked
     * again, once. Dropped when {@code asOf} moves.
     */
    private static final class ByKey implements KeyedDeriver.Live {
        private final Map<String, List<Organization>> orgs = new HashMap<>();
        private final OrgChanges orgChanges;
        private final Map<String, TwoNewTally> kept = new HashMap<>();
        private java.time.LocalDate keptAsOf;

        ByKey(Dataset d) {
            d.organizations().forEach(this::added);
            orgChanges = new OrgChanges();
        }

        @Override
        public void added(Object record) {
            if (record instanceof Organization o) {
                orgs.computeIfAbsent(o.id(), k -> new ArrayList<>(1)).add(o);
                if (orgChanges != null) {
                    orgChanges.added(o);
                }
            }
        }

        @Override
        public void removed(Object record) {
            if (record instanceof Organization o) {
                List<Organization> list = orgs.get(o.id());
                list.remove(o);
                if (list.isEmpty()) {
                    orgs.remove(o.id());
                }
                orgChanges.removed(o);
            }
        }

        /**
         * The tallies kept, brought up to the change: kept if it changed organizations in place;
         * else the ids whose place it may have moved ({@link OrgChanges.Told#placed}) counted
         * again in each, or, when an id there is shared by two organizations, all dropped.
         */
        private void settle(Dataset d) {
            if (!d.asOf().equals(keptAsOf)) {
                kept.clear();
                orgChanges.take();
                keptAsOf = d.asOf();
            } else if (orgChanges.any()) {
                OrgChanges.Told told = orgChanges.take();
                if (!told.inPlace(d, (a, b) -> a.type() == b.type() && a.sector() == b.sector()
                        && a.parentId().equals(b.parentId()) && a.established().equals(b.established())
                        && a.dissolved().equals(b.dissolved()) && a.demonstrationPoint().equals(b.demonstrationPoint())
                        && a.starRating().equals(b.starRating()))) {
                    Optional<Map<String, Set<String>>> placed = told.placed(d);
                    if (placed.isPresent()) {
                        kept.replaceAll((id, tally) -> placed(d, tally, placed.get()));
                    } else {
                        kept.clear();
                    }
                }
            }
        }

        @Override
        public void keys(Dataset d, Consumer<Object> out) {
            orgs.keySet().forEach(out);
        }

        @Override
        public void touched(Dataset d, Object record, Consumer<Object> out) {
            // The districts whose subtree holds it (its place, type, sector and dates), itself
            // included: above every organization of its id (a walk goes below an id by its children).
            if (record instanceof Organization o) {
                out.accept(o.id());
                d.ancestors(o.id()).forEach(a -> out.accept(a.id()));
                OrgChanges.idsAbove(d, o).forEach(out);
            }
        }

        @Override
        public void derive(Dataset d, Params params, Object key, FactSink out) {
            settle(d);
            for (Organization district : orgs.getOrDefault((String) key, List.of())) {
                if (district.type() == OrgType.DISTRICT_COMMITTEE && OrgKinds.exists(district, d.asOf())) {
                    out.accept(kept.computeIfAbsent(district.id(), id -> tally(d, id)));
                }
            }
        }

        /**
         * A move of asOf inside the year: the districts above (and being) an organization that
         * exists on one day only; a tally counts the two-new orgs that exist on asOf.
         */
        @Override
        public boolean movedKeys(Dataset d, AsOfMove move, Consumer<Object> out) {
            Set<Object> ids = new java.util.LinkedHashSet<>();
            orgs.values().forEach(list -> list.stream().filter(move::existsDiffers).forEach(o -> touched(d, o, ids::add)));
            ids.forEach(out);
            return true;
        }
    }

    /**
     * {@code tally} with each id of {@code placed} counted again as {@link #tally} counts an
     * organization of the district's subtree: in it if the district is on its chain of parents
     * (each id there held by one organization, so the walk and the chain agree), a two-new org
     * that exists on asOf.
     */
    private static TwoNewTally placed(Dataset d, TwoNewTally tally, Map<String, Set<String>> placed) {
        // Most changes leave a district's tally as it is (a branch of another sector, another
        // district): asked per id first, O(placed × log n). Copying and comparing the tally of
        // every district for every change grew with the city (two fifths of an organization's
        // change at 1,000,000 members).
        if (placed.entrySet().stream().allMatch(e -> countedAsNow(d, tally, e.getKey(), e.getValue()))) {
            return tally;
        }
        // Sorted lists, each id once (the walk meets an id once): placed by a binary search.
        List<String> points = new ArrayList<>(tally.demonstrationPoints());
        List<String> unknown = new ArrayList<>(tally.demonstrationUnknown());
        TreeMap<String, Integer> stars = new TreeMap<>(tally.starRatings());
        placed.forEach((id, chain) -> {
            drop(points, id);
            drop(unknown, id);
            stars.remove(id);
            Organization o = chain.contains(tally.orgId()) ? d.organization(id).orElse(null) : null;
            if (o != null && twoNew(o) && OrgKinds.exists(o, d.asOf())) {
                if (o.demonstrationPoint().isEmpty()) {
                    put(unknown, id);
                } else if (o.demonstrationPoint().get()) {
                    put(points, id);
                }
                o.starRating().ifPresent(s -> stars.put(id, s));
            }
        });
        TwoNewTally now = new TwoNewTally(tally.orgId(), points, unknown, stars);
        return now.equals(tally) ? tally : now;
    }

    /**
     * Whether {@code tally} holds {@code id} (of chain {@code chain}) as {@link #placed} would
     * count it again: in the demonstration points, the unknown ones and the star ratings exactly
     * as it is now.
     */
    private static boolean countedAsNow(Dataset d, TwoNewTally tally, String id, Set<String> chain) {
        Organization o = chain.contains(tally.orgId()) ? d.organization(id).orElse(null) : null;
        boolean counted = o != null && twoNew(o) && OrgKinds.exists(o, d.asOf());
        boolean point = counted && o.demonstrationPoint().orElse(false);
        boolean unknown = counted && o.demonstrationPoint().isEmpty();
        Integer stars = counted && o.starRating().isPresent() ? o.starRating().getAsInt() : null;
        return point == java.util.Collections.binarySearch(tally.demonstrationPoints(), id) >= 0
                && unknown == java.util.Collections.binarySearch(tally.demonstrationUnknown(), id) >= 0
                && java.util.Objects.equals(stars, tally.starRatings().get(id));
    }

    private static void drop(List<String> sorted, String id) {
        int at = java.util.Collections.binarySearch(sorted, id);
        if (at >= 0) {
            sorted.remove(at);
        }
    }

    private static void put(List<String> sorted, String id) {
        int at = java.util.Collections.binarySearch(sorted, id);
        if (at < 0) {
            sorted.add(-at - 1, id);
        }
    }

    /** The tally of the two-new orgs in the subtree of the district committee {@code districtId}. */
    private static TwoNewTally tally(Dataset d, String districtId) {
        List<String> points = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        TreeMap<String, Integer> stars = new TreeMap<>();
        for (Organization o : d.subtree(districtId)) {
            if (twoNew(o) && OrgKinds.exists(o, d.asOf())) {
                if (o.demonstrationPoint().isEmpty()) {
                    unknown.add(o.id());
                } else if (o.demonstrationPoint().get()) {
                    points.add(o.id());
                }
                o.starRating().ifPresent(s -> stars.put(o.id(), s));
            }
        }
        points.sort(null);
        unknown.sort(null);
        return new TwoNewTally(districtId, points, unknown, stars);
    }

    /** The catalog's two-new org, as {@code OrgProfile.twoNew}: a grassroots org of a two-new sector. */
    static boolean twoNew(Organization o) {
        return OrgKinds.GRASSROOTS.contains(o.type()) && OrgKinds.TWO_NEW.contains(o.sector());
    }
}
