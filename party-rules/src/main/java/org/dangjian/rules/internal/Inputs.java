package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.model.Dataset;
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
        Set<String> out = new LinkedHashSet<>();
        for (RecordKind k : RecordKind.values()) {
            if (d.has(k)) {
                out.add(k.jsonName());
            }
        }
        if (d.activities().stream().anyMatch(a -> a.attendees().isPresent())) {
            out.add(ATTENDANCE);
        }
        if (d.memberships().stream().anyMatch(m -> m.preAdmissionTrainingHours().isPresent())) {
            out.add(PRE_ADMISSION_TRAINING);
        }
        return out;
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
