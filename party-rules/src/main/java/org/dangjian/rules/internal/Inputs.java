package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.model.Activity;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.Language;
import org.dangjian.rules.Wording;

/**
 * The inputs a rule may declare with {@code @requires}: a record kind by its array name
 * ({@code trainings}), {@code attendance} (some activity records its attendees), or
 * {@code preAdmissionTraining} (some membership records its pre-admission training hours). A rule
 * whose inputs the dataset lacks is not evaluated: missing data is not non-compliance.
 */
public final class Inputs {

    static final String ATTENDANCE = "attendance";
    static final String PRE_ADMISSION_TRAINING = "preAdmissionTraining";
    static final List<String> KNOWN;

    static {
        List<String> k = new ArrayList<>();
        for (RecordKind r : RecordKind.values()) {
            k.add(r.jsonName());
        }
        k.add(ATTENDANCE);
        k.add(PRE_ADMISSION_TRAINING);
        KNOWN = List.copyOf(k);
    }

    private Inputs() {
    }

    /** The inputs {@code d} offers. */
    public static Set<String> available(Dataset d) {
        Set<String> out = kinds(d);
        if (attendance(d)) {
            out.add(ATTENDANCE);
        }
        if (preAdmissionTraining(d)) {
            out.add(PRE_ADMISSION_TRAINING);
        }
        return out;
    }

    /**
     * The inputs {@code after} offers, {@code before} being those of the dataset a change of the
     * kinds {@code changed} that added {@code came} started from: equal to {@link #available(Dataset)},
     * without looking through every activity and membership after each change (a live audit asks
     * at every change).
     */
    public static Set<String> available(Set<String> before, Dataset after, Set<RecordKind> changed, List<Object> came) {
        Set<String> out = kinds(after);
        if (changed.contains(RecordKind.ACTIVITIES)
                ? came.stream().anyMatch(r -> r instanceof Activity a && a.attendees().isPresent()) || attendance(after)
                : before.contains(ATTENDANCE)) {
            out.add(ATTENDANCE);
        }
        if (changed.contains(RecordKind.MEMBERSHIPS)
                ? came.stream().anyMatch(r -> r instanceof Membership m && m.preAdmissionTrainingHours().isPresent())
                        || preAdmissionTraining(after)
                : before.contains(PRE_ADMISSION_TRAINING)) {
            out.add(PRE_ADMISSION_TRAINING);
        }
        return out;
    }

    private static Set<String> kinds(Dataset d) {
        Set<String> out = new LinkedHashSet<>();
        for (RecordKind k : RecordKind.values()) {
            if (d.has(k)) {
                out.add(k.jsonName());
            }
        }
        return out;
    }

    private static boolean attendance(Dataset d) {
        org.dangjian.model.Tables.Activities t = d.activityTable();
        for (int i = 0, n = t.size(); i < n; i++) {
            if (t.attendeeCount(i) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean preAdmissionTraining(Dataset d) {
        return d.memberships().stream().anyMatch(m -> m.preAdmissionTrainingHours().isPresent());
    }

    /** Why a rule needing {@code required} cannot be evaluated on a dataset offering {@code available}, if so. */
    public static java.util.Optional<String> missing(Set<String> required, Set<String> available) {
        return missing(required, available, Language.EN);
    }

    /** The same, in {@code lang}: 数据集中没有培训记录. */
    public static java.util.Optional<String> missing(Set<String> required, Set<String> available, Language lang) {
        List<String> lacking = required.stream().filter(r -> !available.contains(r)).sorted().toList();
        if (lacking.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Wording.notEvaluated(lacking, lang));
    }
}
