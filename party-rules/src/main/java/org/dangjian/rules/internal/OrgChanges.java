package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;
import org.dangjian.model.Dataset;
import org.dangjian.model.Organization;

/**
 * The organizations a change removed and added, as a keyed deriver's {@link KeyedDeriver.Live}
 * is told them, for a deriver that keeps totals over subtrees: most changes of an organization
 * change it in place (its households, its name), which leaves every subtree and every chain of
 * ancestors as it was, and the totals may stay. Kept by the deriver; {@link #inPlace} answers
 * for the records told since the last time it was asked.
 */
public final class OrgChanges {

    /** How many organizations of each id the dataset holds. */
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<Organization> removed = new ArrayList<>(1);
    private final List<Organization> added = new ArrayList<>(1);

    /** Follows the organizations of {@code d}. */
    public OrgChanges(Dataset d) {
        d.organizations().forEach(o -> ids.merge(o.id(), 1, Integer::sum));
    }

    public void removed(Organization o) {
        ids.merge(o.id(), -1, Integer::sum);
        removed.add(o);
    }

    public void added(Organization o) {
        ids.merge(o.id(), 1, Integer::sum);
        added.add(o);
    }

    /** Whether organizations were told since the last {@link #inPlace}. */
    public boolean any() {
        return !removed.isEmpty() || !added.isEmpty();
    }

    /**
     * Whether each organization told since the last call was removed and replaced by one of its
     * id, the only organization of its id, of which {@code same} holds (the attributes the
     * deriver's totals read are equal); forgets the organizations told.
     */
    public boolean inPlace(BiPredicate<Organization, Organization> same) {
        try {
            if (removed.size() != added.size()) {
                return false;
            }
            Map<String, Organization> before = new HashMap<>();
            for (Organization o : removed) {
                if (before.put(o.id(), o) != null || ids.getOrDefault(o.id(), 0) != 1) {
                    return false;
                }
            }
            Map<String, Organization> after = new HashMap<>();
            for (Organization o : added) {
                Organization was = before.get(o.id());
                if (was == null || after.put(o.id(), o) != null || !same.test(was, o)) {
                    return false;
                }
            }
            return true;
        } finally {
            removed.clear();
            added.clear();
        }
    }
}
