package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import org.dangjian.model.Dataset;
import org.dangjian.model.Organization;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;

/**
 * The partitioned audit ({@link PartitionedAudit}) taken apart for machines of their own, as a
 * cluster runs it: the same {@linkplain Grouping groups} of organization subtrees, each group
 * audited where its records are ({@link #evaluateGroup}), then the top with what the groups raised
 * ({@link #evaluateTop}). A group's machine holds only its group's records and those its facts
 * are derived from (its members' posts and memberships elsewhere, the organizations above it);
 * it keeps only the facts of its own group, so its session holds what the one-machine audit's
 * session of that group holds.
 */
public final class GroupAudit {

    private GroupAudit() {
    }

    /** What a group's or the top's session raised, and the subjects it could not judge. */
    public record Result(List<Raised> raised, List<Unjudged> unjudged) {
    }

    /** What decides the groups of a record: an organization, a person, or nothing (the top's). */
    public enum KeyKind { ORGANIZATION, PERSON, TOP }

    /** The organization or person whose groups a record goes to; {@code id} is empty for the top. */
    public record Key(KeyKind kind, String id) {
    }

    /** The key of a record of party-model: what {@link Partitions} routes it by. */
    public static Key keyOf(Object record) {
        Partitions.Key k = Partitions.key(record);
        if (k.id() == null) {
            return new Key(KeyKind.TOP, "");
        }
        return new Key(k.person() ? KeyKind.PERSON : KeyKind.ORGANIZATION, k.id());
    }

    /**
     * The person a membership, post, reserve-cadre place or contact point belongs to: such a
     * record goes to its organization's group, and also to every group of that person, whose
     * facts are derived from it.
     */
    public static java.util.Optional<String> personBelonging(Object record) {
        return Partitions.personBelonging(record);
    }

    /** Whether the pack may be audited by groups (every rule reads one subtree, or the top): else one session. */
    public static boolean applies(CompiledPack compiled) {
        return compiled.pack().subtreeSafe();
    }

    /**
     * The groups of {@code dataset}: its subtrees gathered as {@link PartitionedAudit#groups} does
     * for {@code slots} threads, in groups of about {@code groupMembers} members.
     */
    public static Grouping grouping(Dataset dataset, int slots, int groupMembers) {
        Partitions parts = Partitions.of(dataset);
        return new Grouping(parts, PartitionedAudit.groups(parts, Math.max(1, slots), groupMembers));
    }

    /** The subtrees of a dataset gathered into groups; group 0 is the top. */
    public static final class Grouping {
        private final Partitions parts;
        private final int[] groupOf;
        private final int groups;

        private Grouping(Partitions parts, int[] groupOf) {
            this.parts = parts;
            this.groupOf = groupOf;
            int max = 0;
            for (int g : groupOf) {
                max = Math.max(max, g);
            }
            this.groups = max + 1;
        }

        /** The number of groups, the top (group 0) included. */
        public int groups() {
            return groups;
        }

        /** The group of each organization, by id (0 for the top's). */
        public Map<String, Integer> organizations(Dataset dataset) {
            Map<String, Integer> out = new HashMap<>(dataset.organizations().size() * 2);
            for (Organization o : dataset.organizations()) {
                out.put(o.id(), groupOf[parts.ofOrg(o.id())]);
            }
            return out;
        }

        /** Each group a person's records go to, once per group (0 for the top). */
        public void groupsOfPerson(String personId, IntConsumer to) {
            int[] last = {-1};
            Set<Integer> seen = new java.util.HashSet<>();
            parts.ofPerson(personId, p -> {
                int g = groupOf[p];
                if (g != last[0] && seen.add(g)) {
                    last[0] = g;
                    to.accept(g);
                }
            });
        }

        int[] groupOf() {
            return groupOf;
        }

        Partitions parts() {
            return parts;
        }
    }

    /**
     * Audits one group on a machine holding {@code context}: the group's records and those around
     * them. Only the facts of the organizations {@code own} names (the group's) and of the people
     * belonging to them enter the session; the rest of {@code context} is there to derive from.
     */
    public static Result evaluateGroup(CompiledPack compiled, Dataset context, Set<String> own, AuditSession.Plan plan,
                                       long maxFirings) {
        Partitions parts = Partitions.ofGroup(context, own::contains);
        List<List<Object>> buckets = new ArrayList<>(List.of(PartitionedAudit.DROP, new ArrayList<>()));
        PartitionedAudit.route(compiled, context, plan, parts, new int[] {0, 1}, buckets);
        List<Unjudged> unjudged = new ArrayList<>();
        List<Raised> raised = PartitionedAudit.evaluate(compiled, context, plan, maxFirings, buckets.get(1), List.of(),
                unjudged);
        return new Result(raised, unjudged);
    }

    /**
     * The facts of the top of {@code dataset} (district, streets, host units, and any committee
     * above them): the records the pack matches there, the cadence rows, and the facts derived from
     * the whole dataset that go to the top (subtree totals among them), as the one-machine
     * partitioned audit's last session holds them. The facts of the groups are not kept, so a
     * machine may let the whole dataset go once it has these and audit the top later
     * ({@link #evaluateTop}).
     */
    public static List<Object> topFacts(CompiledPack compiled, Dataset dataset, Grouping grouping,
                                        AuditSession.Plan plan) {
        List<List<Object>> buckets = new ArrayList<>(grouping.groups());
        buckets.add(new ArrayList<>());
        for (int g = 1; g < grouping.groups(); g++) {
            buckets.add(PartitionedAudit.DROP);
        }
        // One deriver at a time: the groups' facts are dropped as they come, never all held.
        PartitionedAudit.route(compiled, dataset, plan, grouping.parts(), grouping.groupOf(), buckets, false);
        return buckets.get(0);
    }

    /**
     * Audits the top with its {@code facts} ({@link #topFacts}) and {@code below}, everything the
     * groups raised: what the one-machine partitioned audit's last session does. {@code context}
     * names the subjects of the top's findings: it holds the organizations, the host units and the
     * top's people with their memberships and posts (the whole dataset will do). Returns what the
     * top raised itself.
     */
    public static Result evaluateTop(CompiledPack compiled, Dataset context, AuditSession.Plan plan, long maxFirings,
                                     List<Object> facts, Collection<Raised> below) {
        List<Unjudged> unjudged = new ArrayList<>();
        List<Raised> raised = PartitionedAudit.evaluate(compiled, context, plan, maxFirings, facts,
                List.copyOf(below), unjudged);
        return new Result(raised, unjudged);
    }
}
