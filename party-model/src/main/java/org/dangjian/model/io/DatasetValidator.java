package org.dangjian.model.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.dangjian.model.Activity;
import org.dangjian.model.Dataset;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Membership;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.RecordKind;

/**
 * Checks that a dataset's records hang together (数据校验): ids are unique (and no organization,
 * person and host unit share one, since a finding names its subject by id), every reference names a
 * record that is there, dates are possible, numbers are in range, and the organization tree has
 * no cycle. {@link DatasetReader} runs it on everything it reads; Java code that builds a
 * {@link Dataset} itself can run it too.
 *
 * <pre>{@code
 * List<Problem> problems = DatasetValidator.validate(dataset);
 * if (problems.stream().anyMatch(Problem::isError)) { ... }
 * }</pre>
 *
 * <p>It also holds a dataset built in Java to the limits the reader puts on single values (dates
 * from 1900 to 2100, text of bounded length without control characters; see
 * {@code docs/data-format.md}).
 *
 * <p>Paths name records by their position in the dataset's arrays ({@code memberships[41].admitted}).
 * What counts as an impossible date or number is listed in {@code docs/data-format.md}; dates after
 * the as-of date are errors only where they cannot be records of the past (a birth, an admission,
 * an establishment, the start of a post or a rectification), while trainings and activities may
 * be planned ahead.
 */
public final class DatasetValidator {

    private DatasetValidator() {}

    /** Every problem of {@code dataset}, errors first; empty when it is consistent. */
    public static List<Problem> validate(Dataset dataset) {
        Problems problems = new Problems();
        BoundsChecks.check(new ValidationContext(dataset, Locator.ARRAY_INDEX, problems, Map.of()));
        validate(dataset, Locator.ARRAY_INDEX, Map.of(), problems, ReadHints.NONE);
        return problems.all();
    }

    /**
     * What a reader learnt while reading that spares the validator a pass over the records (for
     * the big kinds, kept as columns, a pass makes every record again): whether every reference
     * was resolved, whether some dues amount or training hours were out of range, and the hashes
     * of the unique keys of each kind in record order. Each only says "nothing to find"; where it
     * cannot, the exact check runs as for a dataset built in Java.
     */
    record ReadHints(boolean referencesResolved, boolean amountsInRange, Map<RecordKind, long[]> keyHashes) {
        static final ReadHints NONE = new ReadHints(false, false, Map.of());
    }

    /** The reader's entry: its own locator, the ids of records it could not build, and what it learnt. */
    static void validate(Dataset dataset, Locator locator, Map<RecordKind, Set<String>> unreadIds, Problems problems,
                         ReadHints hints) {
        ValidationContext c = new ValidationContext(dataset, locator, problems, unreadIds);
        uniqueIds(c, RecordKind.ORGANIZATIONS, Organization::id, "id", "organization", hints);
        uniqueIds(c, RecordKind.HOST_UNITS, HostUnit::id, "id", "host unit", hints);
        uniqueIds(c, RecordKind.PEOPLE, Person::id, "id", "person", hints);
        uniqueIds(c, RecordKind.ACTIVITIES, Activity::id, "id", "activity", hints);
        uniqueIds(c, RecordKind.MEMBERSHIPS, Membership::personId, "personId", "membership", hints);
        SubjectIds.check(c);
        if (!hints.referencesResolved()) {
            ReferenceChecks.check(c);
        }
        ValueChecks.check(c, !hints.amountsInRange());
        organizationCycles(c);
    }

    /** The key of a record of one of the kinds whose keys are unique, as {@code uniqueIds} checks them. */
    static String uniqueKey(Object record) {
        if (record instanceof Organization o) {
            return o.id();
        } else if (record instanceof HostUnit h) {
            return h.id();
        } else if (record instanceof Person p) {
            return p.id();
        } else if (record instanceof Activity a) {
            return a.id();
        } else if (record instanceof Membership m) {
            return m.personId();
        }
        return null;
    }

    private static <T> void uniqueIds(ValidationContext c, RecordKind kind, Function<T, String> key,
                                      String field, String noun, ReadHints hints) {
        List<T> records = c.dataset.records(kind);
        long[] hashes = hints.keyHashes().get(kind);
        if (hashes != null && hashes.length == records.size() ? !mayRepeat(hashes) : !mayRepeat(records, key)) {
            return;
        }
        Map<String, Integer> first = new HashMap<>(records.size() * 2);
        for (int i = 0; i < records.size(); i++) {
            String id = key.apply(records.get(i));
            if (id.isBlank()) {
                c.error(kind, i, field, "The " + field + " is empty; every " + noun + " needs one.");
                continue;
            }
            Integer earlier = first.putIfAbsent(id, i);
            if (earlier != null) {
                c.error(kind, i, field, kind == RecordKind.MEMBERSHIPS
                        ? "The person \"" + id + "\" already has a membership at " + c.path(kind, earlier, "")
                                + "; a person has one membership."
                        : "The id \"" + id + "\" is already used by " + c.path(kind, earlier, "")
                                + "; ids must be unique.");
            }
        }
    }

    /**
     * Whether some keys may repeat or be blank: a sorted array of their 64-bit hashes, 8 bytes a
     * record, where a map of every id to its position costs 50 (2.6 million activities). Only
     * when this finds something does the exact check build its map.
     */
    private static <T> boolean mayRepeat(List<T> records, Function<T, String> key) {
        long[] hashes = new long[records.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = keyHash(key.apply(records.get(i)));
        }
        return mayRepeat(hashes);
    }

    /** The same over the keys' {@link #keyHash}es, which it sorts. */
    private static boolean mayRepeat(long[] hashes) {
        Arrays.sort(hashes);
        if (hashes.length > 0 && hashes[0] == BLANK) {
            return true;
        }
        for (int i = 1; i < hashes.length; i++) {
            if (hashes[i] == hashes[i - 1]) {
                return true;
            }
        }
        return false;
    }

    /** What {@link #keyHash} gives a blank key: the smallest long, first once sorted. */
    private static final long BLANK = Long.MIN_VALUE;

    /** A key's 64-bit hash, or {@link #BLANK} for a blank key (which the exact check reports). */
    static long keyHash(String id) {
        if (id.isBlank()) {
            return BLANK;
        }
        long h = hash64(id);
        return h == BLANK ? BLANK + 1 : h;
    }

    private static long hash64(String s) {
        long h = 0x9E3779B97F4A7C15L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        h ^= h >>> 33; // murmur3's finalizer: spreads the last characters over every bit
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB93FE1AC2ED9L;
        return h ^ (h >>> 33);
    }

    /** Reports each cycle of parentIds once, at the organization where the walk closed it. */
    private static void organizationCycles(ValidationContext c) {
        List<Organization> orgs = c.dataset.organizations();
        Map<String, Integer> indexById = new HashMap<>(orgs.size() * 2);
        for (int i = 0; i < orgs.size(); i++) {
            indexById.putIfAbsent(orgs.get(i).id(), i);
        }
        Set<String> done = new java.util.HashSet<>(orgs.size() * 2);
        for (Organization start : orgs) {
            LinkedHashSet<String> walk = new LinkedHashSet<>();
            Organization o = start;
            while (o != null && !done.contains(o.id()) && walk.add(o.id())) {
                o = o.parentId().flatMap(c.dataset::organization).orElse(null);
            }
            if (o != null && walk.contains(o.id())) {
                List<String> ring = new ArrayList<>();
                boolean inRing = false;
                for (String id : walk) {
                    inRing |= id.equals(o.id());
                    if (inRing) {
                        ring.add(id);
                    }
                }
                ring.add(o.id());
                c.error(RecordKind.ORGANIZATIONS, indexById.get(o.id()), "parentId",
                        "The organizations' parents go round in a circle: " + String.join(" → ", ring)
                                + "; the tree must end at a root without parentId.");
            }
            done.addAll(walk);
        }
    }
}
