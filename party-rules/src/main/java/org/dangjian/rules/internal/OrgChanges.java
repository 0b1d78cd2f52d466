package org.dangjian.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import org.dangjian.model.Dataset;
import org.dangjian.model.Organization;

/**
 * The organizations a change removed and added, as a keyed deriver's {@link KeyedDeriver.Live}
 * is told them, for a deriver that keeps totals over subtrees: most changes of an organization
 * change it in place (its households, its name), which leaves every subtree and every chain of
 * ancestors as it was, and the totals may stay; one that does not (an organization created,
 * removed, moved, retyped) changes the place of its own subtree only, which {@link Told#placed}
 * names. Kept by the deriver; {@link #take} hands over the records told since it was last asked.
 *
 * <p>Holds the records told only: how many organizations share an id is asked of the dataset
 * after the change ({@link Dataset#organizationsWithId}), not counted here (a map of every id,
 * 6 MB at a million members, was held once per area).
 */
public final class OrgChanges {

    private List<Organization> removed = new ArrayList<>(1);
    private List<Organization> added = new ArrayList<>(1);

    public void removed(Organization o) {
        removed.add(o);
    }

    public void added(Organization o) {
        added.add(o);
    }

    /** Whether organizations were told since the last {@link #take}. */
    public boolean any() {
        return !removed.isEmpty() || !added.isEmpty();
    }

    /** The organizations told since the last call; forgets them. */
    public Told take() {
        Told told = new Told(removed, added);
        removed = new ArrayList<>(1);
        added = new ArrayList<>(1);
        return told;
    }

    /** {@link Told#inPlace} of the organizations told since the last {@link #take}; forgets them. */
    public boolean inPlace(Dataset after, BiPredicate<Organization, Organization> same) {
        return take().inPlace(after, same);
    }

    /**
     * The ids of the organizations whose subtree ({@link Dataset#subtree}) holds {@code o} or
     * another organization of its id: up from their parents, through every organization of each
     * id on the way. Where ids repeat (a dataset the validator rejects, or one mid-edit), this is
     * more than {@code o}'s first chain of ancestors ({@link Dataset#ancestors}): a subtree walk
     * goes below an id by its children, whichever organization of the id it met.
     */
    public static Set<String> idsAbove(Dataset d, Organization o) {
        Set<String> seen = new HashSet<>();
        ArrayDeque<String> todo = new ArrayDeque<>();
        o.parentId().ifPresent(todo::add);
        d.organizationsWithId(o.id()).forEach(x -> x.parentId().ifPresent(todo::add));
        while (!todo.isEmpty()) {
            String id = todo.poll();
            if (seen.add(id)) {
                d.organizationsWithId(id).forEach(x -> x.parentId().ifPresent(todo::add));
            }
        }
        return seen;
    }

    /**
     * {@link #idsAbove(Dataset, Organization)} of the id {@code orgId}, as a record naming an
     * organization by its id (a post, a membership) is counted wherever a subtree walk meets the
     * id; none when no organization holds it.
     */
    public static Set<String> idsAbove(Dataset d, String orgId) {
        return d.organization(orgId).map(o -> idsAbove(d, o)).orElse(Set.of());
    }

    /**
     * The organizations one change removed and added (a record updated is both), in the order
     * told.
     */
    public record Told(List<Organization> removed, List<Organization> added) {

        public Told {
            removed = List.copyOf(removed);
            added = List.copyOf(added);
        }

        /** Whether no organization was told. */
        public boolean none() {
            return removed.isEmpty() && added.isEmpty();
        }

        /**
         * Whether each organization was removed and replaced by one of its id, the only
         * organization of its id in {@code after} (the dataset after the change), of which
         * {@code same} holds (the attributes the deriver's totals read are equal).
         */
        public boolean inPlace(Dataset after, BiPredicate<Organization, Organization> same) {
            if (removed.size() != added.size()) {
                return false;
            }
            Map<String, Organization> before = new HashMap<>();
            for (Organization o : removed) {
                if (before.put(o.id(), o) != null || after.organizationsWithId(o.id()).size() != 1) {
                    return false;
                }
            }
            Map<String, Organization> now = new HashMap<>();
            for (Organization o : added) {
                Organization was = before.get(o.id());
                if (was == null || now.put(o.id(), o) != null || !same.test(was, o)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The ids whose place in the tree the change may have moved, each with its chain in
         * {@code after} (the dataset after the change): the id itself and those of
         * {@link Dataset#ancestors}. They are the ids told and every id below one of them in
         * {@code after} (by the children's parents); any other id has the chain of parents and
         * the subtrees above it it had before, since a chain that ran through an organization
         * told, before the change or after, holds the id of the last one told on it, whose
         * subtree this walks. Empty when one of these ids or of the chains is held by more than
         * one organization: then a subtree walk (which takes an id's first organization met
         * below) and a chain of parents (which takes its first in the dataset) may differ, and
         * a caller derives whole.
         */
        public Optional<Map<String, Set<String>>> placed(Dataset after) {
            Set<String> ids = new HashSet<>();
            ArrayDeque<String> todo = new ArrayDeque<>();
            for (List<Organization> list : List.of(removed, added)) {
                for (Organization o : list) {
                    if (ids.add(o.id())) {
                        todo.add(o.id());
                    }
                }
            }
            Map<String, Set<String>> out = new LinkedHashMap<>();
            while (!todo.isEmpty()) {
                String id = todo.poll();
                if (after.organizationsWithId(id).size() > 1) {
                    return Optional.empty();
                }
                Set<String> chain = new HashSet<>();
                chain.add(id);
                for (Organization a : after.ancestors(id)) {
                    if (after.organizationsWithId(a.id()).size() > 1) {
                        return Optional.empty();
                    }
                    chain.add(a.id());
                }
                out.put(id, chain);
                for (Organization child : after.children(id)) {
                    if (ids.add(child.id())) {
                        todo.add(child.id());
                    }
                }
            }
            return Optional.of(out);
        }
    }
}
