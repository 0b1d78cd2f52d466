package org.dangjian.rules.vocabulary.life;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.model.Activity;
import org.dangjian.model.Dataset;
import org.dangjian.model.Tables;

/**
 * What one organization's own activities (not those of the organizations under it) tell about
 * attendance, on every day: the activities in date order, those that recorded no attendance, and
 * each attendee's attendances. Members' absences and leaders' dual organizational life read it
 * for an organization and its party groups, up to {@code asOf} (given when asked, so a move of
 * asOf keeps it). A live audit keeps it for the organizations it derived lately and changes it
 * with each activity added or removed, so that an activity costs its own attendees, not every
 * attendance of its branch gathered again. Mutable; one thread at a time.
 */
final class OrgActivities {

    /** An activity: its day (epoch day) and id, in date order, then by id. */
    record Act(long day, String id) implements Comparable<Act> {
        @Override
        public int compareTo(Act o) {
            int c = Long.compare(day, o.day);
            return c != 0 ? c : id.compareTo(o.id);
        }
    }

    /** Every activity, sorted (an activity repeated in the dataset, repeated). */
    private final List<Act> acts = new ArrayList<>();
    /** The activities that recorded no attendance, sorted. */
    private final List<Act> unrecorded = new ArrayList<>();
    /** By person: the activities recorded with them among the attendees, sorted (once per activity). */
    private final Map<String, List<Act>> attended = new HashMap<>();

    private OrgActivities() {
    }

    /** The activities of {@code orgId} in {@code d}. */
    static OrgActivities of(Dataset d, String orgId) {
        OrgActivities out = new OrgActivities();
        Tables.Activities t = d.activityTable();
        Tables.Rows rows = d.activityRowsOf(orgId);
        for (int k = 0; k < rows.size(); k++) {
            int i = rows.at(k);
            Act a = new Act(t.epochDay(i), t.id(i));
            out.acts.add(a);
            int n = t.attendeeCount(i);
            if (n < 0) {
                out.unrecorded.add(a);
            }
            Set<String> once = new HashSet<>();
            for (int j = 0; j < n; j++) {
                String p = t.attendee(i, j);
                if (once.add(p)) {
                    out.attended.computeIfAbsent(p, x -> new ArrayList<>()).add(a);
                }
            }
        }
        Collections.sort(out.acts);
        Collections.sort(out.unrecorded);
        out.attended.values().forEach(Collections::sort);
        return out;
    }

    /** {@code a} (of this organization) was added to the dataset. */
    void add(Activity a) {
        Act x = new Act(a.date().toEpochDay(), a.id());
        insert(acts, x);
        if (a.attendees().isEmpty()) {
            insert(unrecorded, x);
        }
        a.attendees().ifPresent(l -> new HashSet<>(l).forEach(p -> insert(attended.computeIfAbsent(p, k -> new ArrayList<>()), x)));
    }

    /** {@code a} (of this organization, equal to one held) was removed from the dataset. */
    void remove(Activity a) {
        Act x = new Act(a.date().toEpochDay(), a.id());
        acts.remove(x);
        if (a.attendees().isEmpty()) {
            unrecorded.remove(x);
        }
        a.attendees().ifPresent(l -> new HashSet<>(l).forEach(p -> {
            List<Act> of = attended.get(p);
            if (of != null && of.remove(x) && of.isEmpty()) {
                attended.remove(p);
            }
        }));
    }

    private static void insert(List<Act> sorted, Act a) {
        int i = Collections.binarySearch(sorted, a);
        sorted.add(i < 0 ? -i - 1 : i, a);
    }

    /** The position of the first of {@code sorted} on or after {@code day}. */
    private static int from(List<Act> sorted, long day) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).day() < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The day of the last of {@code sorted} on or before {@code day}, or {@link Long#MIN_VALUE}. */
    private static long lastUpTo(List<Act> sorted, long day) {
        int i = from(sorted, day + 1);
        return i == 0 ? Long.MIN_VALUE : sorted.get(i - 1).day();
    }

    /** The day of the first activity, if on or before {@code asOf}, or {@link Long#MAX_VALUE}. */
    long firstUpTo(long asOf) {
        return acts.isEmpty() || acts.get(0).day() > asOf ? Long.MAX_VALUE : acts.get(0).day();
    }

    /** The day of the last activity on or before {@code asOf} that recorded no attendance, or {@link Long#MIN_VALUE}. */
    long lastUnrecordedUpTo(long asOf) {
        return lastUpTo(unrecorded, asOf);
    }

    /** The day of {@code personId}'s last recorded attendance on or before {@code asOf}, or {@link Long#MIN_VALUE}. */
    long lastAttendedUpTo(String personId, long asOf) {
        List<Act> of = attended.get(personId);
        return of == null ? Long.MIN_VALUE : lastUpTo(of, asOf);
    }

    /** Adds to {@code out} the ids of the activities from {@code first} to {@code last} (days, both included). */
    void idsBetween(long first, long last, List<String> out) {
        between(acts, first, last, out);
    }

    /** Adds to {@code out} the ids of the activities from {@code first} to {@code last} that {@code personId} attended. */
    void attendedBetween(String personId, long first, long last, List<String> out) {
        List<Act> of = attended.get(personId);
        if (of != null) {
            between(of, first, last, out);
        }
    }

    /** How many activities from {@code first} to {@code last} recorded no attendance. */
    int unrecordedBetween(long first, long last) {
        return Math.max(0, from(unrecorded, last + 1) - from(unrecorded, first));
    }

    private static void between(List<Act> sorted, long first, long last, List<String> out) {
        for (int i = from(sorted, first); i < sorted.size() && sorted.get(i).day() <= last; i++) {
            out.add(sorted.get(i).id());
        }
    }
}
