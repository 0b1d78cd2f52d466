package org.dangjian.rules.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.dangjian.model.ContactPoint;
import org.dangjian.model.Dataset;
import org.dangjian.model.Organization;
import org.dangjian.model.ReserveCadre;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/**
 * A live session's facts in a Drools session per group of organization subtrees, as the batch
 * audit in partitions holds them ({@link PartitionedAudit}: the top, group 0, holds the district,
 * the streets and the host units; each other group whole subtrees below them), with at most
 * {@code maxOpen} groups' sessions open besides the top's. Drools' memory, most of a live audit's,
 * is then bounded by the groups open, not by the district.
 *
 * <p>Every group keeps its facts in Java (the handles, in an array list), and, while its session
 * is closed, the findings it raised and the subjects it could not judge. A fact goes to the groups
 * {@link Partitions#route} sends it to, against the dataset as it is now: a change that moves an
 * organization to another group's subtree, or a person's membership, posts, reserve places or
 * contact points to another group, moves their facts (found in the groups they were in, never
 * the district). A change to a closed group's facts only marks it; {@link #fire} opens each
 * marked group (inserts its facts, fires), then gives the groups' findings to the top's session
 * as facts (as the batch audit gives them, instance for instance) and fires the top last; then it
 * closes the groups fired least recently beyond {@code maxOpen}. A group opened again raises its
 * findings again: only those that differ are told.
 */
final class GroupSessions implements FactSessions {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(GroupSessions.class);
    private static final int TOP = Partitions.TOP;

    private final KieBase kieBase;
    /** A failure of the pack's code named by its rule, on the thread that fired it ({@link RuleErrors}). */
    private final UnaryOperator<Throwable> named;
    private final Consumer<KieSession> setUp;
    private final RaisedSink sink;
    /** The subjects a finding was raised from, in any group ({@code Findings.raisedFrom}). */
    private final java.util.function.Function<Raised, List<Object>> raisedFrom;
    private final int maxOpen;
    /** The group of each organization by id (absent: the top's), as {@link #routes} reads it. */
    private final Map<String, Integer> groupOfOrg;
    /** Routes facts to groups: partitions that are the groups, following the dataset. */
    private final Partitions routes;
    private final Group[] groups;
    /** The groups open besides the top, fired least recently first. */
    private final ArrayDeque<Group> open = new ArrayDeque<>();

    /**
     * The change in progress of the groups' findings given to the top, by value. This map and the
     * next are made anew once read, not cleared: opening holds every group's findings in them, and
     * a HashMap keeps its table, which iterating walks whole (at 1,000,000 members half a million
     * slots at every change, though empty).
     */
    private Map<Raised, Integer> belowDelta = new HashMap<>();
    /**
     * Instances of findings the groups raised since the top was last given them, each group's
     * gathered in group order as it is flushed (so the same whatever order groups opened in).
     */
    private Map<Raised, ArrayDeque<Raised>> raisedInstances = new HashMap<>();
    /** The groups' sessions open at once when several closed ones must be opened: one a core. */
    private final int threads;
    /** The groups' findings in the top's session, by value: their handles there. */
    private final Map<Raised, ArrayDeque<FactHandle>> below = new HashMap<>();
    /** The same instances, so that the top's tracker does not count them as its own. */
    private final IdentityHashMap<Object, Boolean> given = new IdentityHashMap<>();

    /** During a change: the group each organization whose group changed was in. */
    private final Map<String, Integer> orgsMoved = new HashMap<>();
    /** During a change: the groups of each person whose groups may change, before it. */
    private final Map<String, int[]> personsBefore = new HashMap<>();

    /** The groups of {@code dataset}'s subtrees, gathered to about {@code groups.members()} members. */
    GroupSessions(KieBase kieBase, Consumer<KieSession> setUp, RaisedSink sink,
                  java.util.function.Function<Raised, List<Object>> raisedFrom, Dataset dataset,
                  AuditSession.Groups groups, UnaryOperator<Throwable> named) {
        this.kieBase = kieBase;
        this.named = named;
        this.setUp = setUp;
        this.sink = sink;
        this.raisedFrom = raisedFrom;
        this.maxOpen = groups.maxOpen();
        // Opening several at once holds no more sessions than opening one past the cap does.
        this.threads = Math.max(1, Math.min(PartitionedAudit.threads(), maxOpen + 1));
        Partitions parts = Partitions.of(dataset);
        int[] groupOf = PartitionedAudit.groups(parts, 1, groups.members());
        int n = 2; // one group below the top at least, for subtrees that come later
        for (int g : groupOf) {
            n = Math.max(n, g + 1);
        }
        this.groupOfOrg = new HashMap<>(dataset.organizations().size() * 2);
        for (Organization o : dataset.organizations()) {
            int g = groupOf[parts.ofOrg(o.id())];
            if (g != TOP) {
                groupOfOrg.put(o.id(), g);
            }
        }
        this.routes = Partitions.ofGroups(dataset, groupOfOrg, n);
        this.groups = new Group[n];
        for (int g = 0; g < n; g++) {
            this.groups[g] = new Group(g);
        }
        openTop();
        LOG.debug("live audit in {} groups below the top, at most {} open", n - 1, maxOpen);
    }

    /** A fact held, in one group; a fact in several groups has a {@link Copy} in each other. */
    static class Fact {
        Object object;
        int group;
        /** Its place in its group's list. */
        int index;
        /** Its handle in its group's session; null while the group is closed. */
        FactHandle handle;
        /** The fact's copy in another group, or null. */
        Copy next;

        Fact(Object object) {
            this.object = object;
        }

        Fact head() {
            return this;
        }
    }

    /** A fact's copy in another of its groups. */
    static final class Copy extends Fact {
        final Fact head;

        Copy(Fact head) {
            super(head.object);
            this.head = head;
        }

        @Override
        Fact head() {
            return head;
        }
    }

    /** A group of subtrees (or the top): its facts, its session when open, its findings. */
    private final class Group {
        final int id;
        Fact[] facts = new Fact[16];
        /**
         * 16 bits of the organization or person each fact follows ({@link #bits}), fact by fact:
         * {@link GroupSessions#changed} scans these, two bytes a fact side by side, and reads a
         * fact itself only where they match an id that moved (the facts are scattered in the heap:
         * reading each of a group's 55,000 cost 5 ms at 100,000 members).
         */
        short[] keyBits = new short[16];
        int size;
        KieSession session;
        RaisedTracker tracker;
        /** Facts changed since it last fired (or never fired). */
        boolean dirty = true;
        /** The findings it raised, by value, with how many instances (kept while closed). */
        final Map<Raised, Integer> raised = new HashMap<>();
        /** What its findings gained or lost since they were last told (made anew once told, as {@link #belowDelta}). */
        Map<Raised, Integer> delta = new HashMap<>();
        /** Instances of the findings it raised since it was last flushed (its session's thread only). */
        Map<Raised, ArrayDeque<Raised>> instances = new HashMap<>();
        /** The subjects it could not judge, as it was closed. */
        List<Unjudged> unjudged = List.of();

        Group(int id) {
            this.id = id;
        }

        void add(Fact f) {
            if (size == facts.length) {
                facts = Arrays.copyOf(facts, size * 2);
                keyBits = Arrays.copyOf(keyBits, size * 2);
            }
            keyBits[size] = bitsOf(f.object);
            f.group = id;
            f.index = size;
            facts[size++] = f;
            if (session != null) {
                f.handle = session.insert(f.object);
            }
            dirty = true;
        }

        void remove(Fact f) {
            if (session != null) {
                session.delete(f.handle);
                f.handle = null;
            }
            Fact last = facts[--size];
            facts[f.index] = last;
            keyBits[f.index] = keyBits[size];
            last.index = f.index;
            facts[size] = null;
            dirty = true;
        }

        void update(Fact f, Object object) {
            f.object = object;
            keyBits[f.index] = bitsOf(object);
            if (session != null) {
                session.update(f.handle, object);
            }
            dirty = true;
        }

        /** A finding its session inserted or deleted. */
        void changed(Raised r, int d) {
            // One lookup each: a finding's hash is its every field's (a record's), evidence and all.
            raised.compute(r, (k, n) -> n == null ? (d > 0 ? d : null) : (n + d > 0 ? n + d : null));
            delta.merge(r, d, Integer::sum);
            if (id != TOP && d > 0) {
                instances.computeIfAbsent(r, k -> new ArrayDeque<>(1)).add(r);
            }
        }

        /** Tells what its findings gained or lost, net: a finding raised again after opening is not. */
        void flush() {
            if (!instances.isEmpty()) {
                instances.forEach((r, q) -> raisedInstances.computeIfAbsent(r, k -> new ArrayDeque<>(1)).addAll(q));
                instances = new HashMap<>();
            }
            if (delta.isEmpty()) {
                return;
            }
            for (Map.Entry<Raised, Integer> e : delta.entrySet()) {
                int d = e.getValue();
                if (d != 0) {
                    sink.changed(e.getKey(), d);
                    if (id != TOP) {
                        belowDelta.merge(e.getKey(), d, Integer::sum);
                    }
                }
            }
            delta = new HashMap<>();
        }
    }

    private void openTop() {
        Group top = groups[TOP];
        top.session = kieBase.newKieSession();
        setUp.accept(top.session);
        top.tracker = new RaisedTracker(top::changed, given);
        top.session.addEventListener(top.tracker);
    }

    /** Opens {@code g}'s session with its facts; its findings are raised again as it fires. */
    private void open(Group g) {
        if (g.session == null) {
            forgetRaised(g);
            openSession(g);
        }
        open.remove(g);
        open.addLast(g);
    }

    /** Before {@code g} opens: what it raised while closed is taken back, to be raised again. */
    private static void forgetRaised(Group g) {
        g.raised.forEach((r, n) -> g.delta.merge(r, -n, Integer::sum));
        g.raised.clear();
        g.unjudged = List.of();
    }

    /**
     * A new session for closed {@code g}, with its facts in. Touches {@code g} alone (and the
     * shared kie base), so that several groups may be opened at once.
     */
    private void openSession(Group g) {
        KieSession s = kieBase.newKieSession();
        try {
            setUp.accept(s);
            g.tracker = new RaisedTracker(g::changed, null);
            s.addEventListener(g.tracker);
            g.session = s;
            for (int i = 0; i < g.size; i++) {
                Fact f = g.facts[i];
                f.handle = s.insert(f.object);
            }
        } catch (RuntimeException | Error e) {
            g.session = null;
            s.dispose();
            throw e;
        }
    }

    /** Closes {@code g}: its findings and the subjects it could not judge are kept, its session freed. */
    private void close(Group g) {
        g.flush();
        g.unjudged = OneSession.unjudged(g.session);
        g.session.removeEventListener(g.tracker);
        g.session.dispose();
        g.session = null;
        g.tracker = null;
        for (int i = 0; i < g.size; i++) {
            g.facts[i].handle = null;
        }
        open.remove(g);
    }

    private void closeBeyondCap() {
        closeDownTo(maxOpen);
    }

    /**
     * Closes open groups until at most {@code most} are open: those fired least recently first,
     * but a group marked and not yet fired in this round only when no other is left (closing it
     * would have it opened again at once: with one group open, an activity marking two groups
     * opened both at every change).
     */
    private void closeDownTo(int most) {
        while (open.size() > Math.max(0, most)) {
            Group victim = open.peekFirst();
            for (Group g : open) {
                if (!g.dirty) {
                    victim = g;
                    break;
                }
            }
            close(victim);
        }
    }

    /** The open groups marked and not yet fired in this round. */
    private int openMarked() {
        int n = 0;
        for (Group g : open) {
            if (g.dirty) {
                n++;
            }
        }
        return n;
    }

    @Override
    public Object insert(Object fact) {
        Fact head = new Fact(fact);
        place(head);
        return head;
    }

    /** Puts {@code head} (with no copies) in the groups its fact goes to now, copies in the second and further. */
    private void place(Fact head) {
        Fact[] last = {null};
        route(head.object, g -> {
            Fact f;
            if (last[0] == null) {
                f = head;
            } else {
                Copy c = new Copy(head);
                last[0].next = c;
                f = c;
            }
            last[0] = f;
            groups[g].add(f);
        });
    }

    /** Each group {@code fact} goes to, once. */
    @SuppressWarnings("unchecked")
    private void route(Object fact, java.util.function.IntConsumer to) {
        if (Partitions.everywhere(fact.getClass())) {
            for (int g = 0; g < groups.length; g++) {
                to.accept(g);
            }
            return;
        }
        int[] first = {-1};
        Set<Integer>[] more = new Set[1];
        routes.route(fact, g -> {
            if (first[0] < 0) {
                first[0] = g;
                to.accept(g);
            } else if (g != first[0]) {
                if (more[0] == null) {
                    more[0] = new HashSet<>(4);
                }
                if (more[0].add(g)) {
                    to.accept(g);
                }
            }
        });
    }

    @Override
    public void update(Object handle, Object fact) {
        Fact head = (Fact) handle;
        if (sameGroups(head, fact)) {
            for (Fact f = head; f != null; f = f.next) {
                groups[f.group].update(f, fact);
            }
        } else {
            delete(head);
            head.object = fact;
            head.next = null;
            place(head);
        }
    }

    /** Whether {@code fact} goes to exactly the groups {@code head}'s fact is in. */
    private boolean sameGroups(Fact head, Object fact) {
        Set<Integer> now = new HashSet<>(4);
        for (Fact f = head; f != null; f = f.next) {
            now.add(f.group);
        }
        Set<Integer> then = new HashSet<>(4);
        route(fact, then::add);
        return now.equals(then);
    }

    @Override
    public void delete(Object handle) {
        for (Fact f = (Fact) handle; f != null; f = f.next) {
            groups[f.group].remove(f);
        }
    }

    @Override
    public Object object(Object handle) {
        return ((Fact) handle).object;
    }

    /**
     * Fires every group whose facts changed (opening it if closed), closing the least recently
     * fired beyond the cap as it goes, then the top with the groups' findings.
     */
    @Override
    public int fire(AgendaFilter filter, int limit) {
        int most = 0;
        ExecutorService pool = null;
        try {
            for (int i = 1; i < groups.length; i++) {
                Group g = groups[i];
                if (!g.dirty) {
                    continue;
                }
                List<Group> closed = g.session == null && threads > 1 ? closedFrom(i) : List.of();
                if (closed.size() > 1) {
                    if (pool == null) {
                        pool = Executors.newFixedThreadPool(threads, PartitionedAudit.daemon());
                    }
                    int fired = openAndFire(closed, pool, filter, limit);
                    most = Math.max(most, fired);
                    if (fired >= limit) {
                        return fired;
                    }
                    i = closed.get(closed.size() - 1).id;
                    continue;
                }
                open(g);
                int fired = g.session.fireAllRules(filter, limit);
                g.dirty = false;
                g.flush();
                most = Math.max(most, fired);
                if (fired >= limit) {
                    return fired;
                }
                closeBeyondCap();
            }
        } finally {
            if (pool != null) {
                pool.shutdownNow();
            }
        }
        for (Group g : groups) {
            g.flush(); // findings a deletion retracted outside firing
        }
        giveBelow();
        Group top = groups[TOP];
        if (top.dirty) {
            most = Math.max(most, top.session.fireAllRules(filter, limit));
            top.dirty = false;
            top.flush();
        }
        return most;
    }

    /** The marked closed groups from group {@code first} on, at most one a thread (opening them is most of an asOf move's or the start's work). */
    private List<Group> closedFrom(int first) {
        // As many as leave the open groups still to fire open, within the cap and one.
        int most = Math.min(threads, maxOpen + 1 - openMarked());
        List<Group> out = new ArrayList<>(threads);
        for (int i = first; i < groups.length && out.size() < most; i++) {
            Group g = groups[i];
            if (g.dirty && g.session == null) {
                out.add(g);
            } else if (g.dirty) {
                break; // an open group marked fires in its turn: the groups are told in their order
            }
        }
        return out;
    }

    /** {@code t} to throw from a task: an error as it is. */
    private static Exception thrown(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return (Exception) t;
    }

    /**
     * Opens the closed groups {@code batch} at once, one a thread, and fires each; then, in group
     * order, tells their findings and puts them last among the open ones, as opening them one by
     * one would. A failure is the first group's (in group order) whose session failed. Returns the
     * most firings any of them made.
     */
    private int openAndFire(List<Group> batch, ExecutorService pool, AgendaFilter filter, int limit) {
        // Room first, so that no more sessions are alive at once than when one is opened past the cap.
        closeDownTo(maxOpen + 1 - batch.size());
        List<java.util.concurrent.Future<Integer>> firing = new ArrayList<>(batch.size());
        for (Group g : batch) {
            forgetRaised(g);
            firing.add(pool.submit(() -> {
                try {
                    openSession(g);
                    return g.session.fireAllRules(filter, limit);
                } catch (RuntimeException | Error e) {
                    throw thrown(named.apply(e)); // named here: the rule that failed is this thread's
                }
            }));
        }
        int most = 0;
        RuntimeException failed = null;
        Error error = null;
        for (int k = 0; k < batch.size(); k++) {
            Group g = batch.get(k);
            try {
                int fired = Futures.join(firing.get(k), "opening groups");
                g.dirty = false;
                most = Math.max(most, fired);
                if (failed == null && error == null) {
                    g.flush();
                }
            } catch (RuntimeException e) {
                failed = failed == null && error == null ? e : failed;
            } catch (Error e) {
                error = failed == null && error == null ? e : error;
            }
            if (g.session != null) {
                open.remove(g);
                open.addLast(g);
            }
        }
        if (error != null) {
            throw error;
        }
        if (failed != null) {
            throw failed;
        }
        if (most < limit) {
            closeBeyondCap();
        }
        return most;
    }

    /** Brings the groups' findings in the top's session up to date: an instance for each instance raised. */
    private void giveBelow() {
        if (belowDelta.isEmpty() && raisedInstances.isEmpty()) {
            return;
        }
        Group top = groups[TOP];
        for (Map.Entry<Raised, Integer> e : belowDelta.entrySet()) {
            Raised value = e.getKey();
            int d = e.getValue();
            ArrayDeque<FactHandle> handles = below.computeIfAbsent(value, k -> new ArrayDeque<>(1));
            for (; d < 0; d++) {
                FactHandle h = handles.pop();
                Object instance = top.session.getObject(h);
                top.session.delete(h);
                given.remove(instance);
                top.dirty = true;
            }
            ArrayDeque<Raised> instances = raisedInstances.getOrDefault(value, new ArrayDeque<>());
            for (; d > 0; d--) {
                Raised instance = instances.poll();
                while (given.containsKey(instance)) {
                    instance = instances.poll();
                }
                given.put(instance, Boolean.TRUE);
                handles.push(top.session.insert(instance));
                top.dirty = true;
            }
            if (handles.isEmpty()) {
                below.remove(value);
                raiseAgainInTop(value);
            }
        }
        belowDelta = new HashMap<>();
        raisedInstances = new HashMap<>();
    }

    /**
     * After the groups' last instance of {@code value} left the top's session: the top's rules
     * raise it again from the subjects it was raised from that the top holds. Why: truth
     * maintenance does not justify a finding inserted logically while an equal one is stated (a
     * group's, given), and a stated one inserted takes over an equal justified one; so the top's
     * own raise of a finding a group also raised (a person's, from records in both) was lost with
     * the group's, where a batch audit keeps it. Updating a subject the top holds fires its
     * rules on it again; one the top does not hold (a group's record) is left.
     */
    private void raiseAgainInTop(Raised value) {
        Group top = groups[TOP];
        for (Object subject : raisedFrom.apply(value)) {
            FactHandle h = top.session.getFactHandle(subject);
            if (h != null) {
                top.session.update(h, subject);
                top.dirty = true;
            }
        }
    }

    @Override
    public List<Raised> raised() {
        List<Raised> out = new ArrayList<>();
        for (Group g : groups) {
            g.raised.forEach((r, n) -> out.addAll(Collections.nCopies(n, r)));
        }
        return out;
    }

    @Override
    public List<Unjudged> unjudged() {
        List<Unjudged> out = new ArrayList<>();
        for (Group g : groups) {
            out.addAll(g.session != null ? OneSession.unjudged(g.session) : g.unjudged);
        }
        return out;
    }

    @Override
    public long factCount() {
        long n = 0;
        for (Group g : groups) {
            if (g.session != null) {
                n += g.session.getFactCount();
            }
        }
        return n;
    }

    @Override
    public void close() {
        for (Group g : groups) {
            if (g.session != null) {
                g.session.dispose();
                g.session = null;
            }
        }
        open.clear();
    }

    // ---- groups that follow the organizations and the people

    /**
     * Before a change from {@code before} to {@code after} made of {@code steps} ({removed or
     * null, added or null}) is applied: the groups of the organizations it adds, removes or moves
     * (and of their subtrees) are set anew, and the groups of the people whose memberships, posts,
     * reserve places or contact points it changes, or who belong to an organization whose group
     * changed, are noted as they were; facts inserted from now on go where the dataset after the
     * change sends them. {@link #changed} then moves the facts held before.
     */
    void changing(Dataset before, Dataset after, List<Object[]> steps) {
        Set<String> orgIds = new LinkedHashSet<>();
        Set<String> persons = new LinkedHashSet<>();
        for (Object[] step : steps) {
            if (step[0] instanceof Organization was && step[1] instanceof Organization is && inPlace(was, is)) {
                continue; // edited in place: its subtree is where it was
            }
            for (Object r : step) {
                if (r instanceof Organization o) {
                    orgIds.add(o.id());
                } else if (r != null) {
                    Partitions.personBelonging(r).ifPresent(persons::add);
                }
            }
        }
        Map<String, Integer> regrouped = orgIds.isEmpty() ? Map.of() : regroup(before, after, orgIds);
        if (!regrouped.isEmpty()) {
            belongingTo(before, regrouped.keySet(), persons);
            belongingTo(after, regrouped.keySet(), persons);
        }
        for (String p : persons) {
            personsBefore.putIfAbsent(p, groupsOf(p));
        }
        regrouped.forEach((id, g) -> {
            Integer was = g == TOP ? groupOfOrg.remove(id) : groupOfOrg.put(id, g);
            orgsMoved.putIfAbsent(id, was == null ? TOP : was);
        });
        routes.follow(after, steps);
    }

    /** Whether an organization replaced keeps what partitions read: its id, its parent, whether it is a committee above the grassroots. */
    private static boolean inPlace(Organization was, Organization is) {
        return was.id().equals(is.id()) && was.parentId().equals(is.parentId())
                && Partitions.isTopType(was) == Partitions.isTopType(is);
    }

    /**
     * The organizations around those of {@code ids} (their subtrees before and after, and those
     * below an id removed) whose group differs after the change: each with its new group.
     */
    private Map<String, Integer> regroup(Dataset before, Dataset after, Set<String> ids) {
        Set<String> around = new LinkedHashSet<>();
        for (String id : ids) {
            around.add(id);
            before.subtree(id).forEach(o -> around.add(o.id()));
            after.subtree(id).forEach(o -> around.add(o.id()));
            for (Organization child : after.children(id)) {
                after.subtree(child.id()).forEach(o -> around.add(o.id()));
            }
        }
        Map<String, Integer> memo = new HashMap<>();
        Map<String, Integer> out = new HashMap<>();
        for (String id : around) {
            int now = groupIn(after, id, memo);
            if (now != groupOfOrg.getOrDefault(id, TOP)) {
                out.put(id, now);
            }
        }
        return out;
    }

    /**
     * The group of organization {@code id} in {@code after}, as {@link Partitions} partitions it:
     * the top through the committees above the grassroots, else the group of the organization
     * that roots its subtree there: that organization's own if it had one (so a subtree moved
     * keeps its group), else the group holding fewest facts (a new subtree).
     */
    private int groupIn(Dataset after, String id, Map<String, Integer> memo) {
        if (memo.containsKey(id)) {
            return memo.get(id);
        }
        Organization o = after.organization(id).orElse(null);
        if (o == null) {
            return TOP; // no organization of this id: its facts go to the top, as Partitions.ofOrg says
        }
        Partitions.place(after, o, memo, root -> {
            int had = groupOfOrg.getOrDefault(root.id(), TOP);
            return had != TOP ? had : smallest();
        });
        return memo.get(id);
    }

    /** The group below the top holding fewest facts. */
    private int smallest() {
        int best = 1;
        for (int g = 2; g < groups.length; g++) {
            if (groups[g].size < groups[best].size) {
                best = g;
            }
        }
        return best;
    }

    /** Adds to {@code persons} everyone with a membership, post, reserve place or contact point in {@code orgs}. */
    private static void belongingTo(Dataset d, Set<String> orgs, Set<String> persons) {
        for (String id : orgs) {
            d.membershipsOf(id).forEach(m -> persons.add(m.personId()));
            d.positionsOf(id).forEach(p -> persons.add(p.personId()));
        }
        for (ReserveCadre r : d.reserveCadres()) {
            if (orgs.contains(r.organizationId())) {
                persons.add(r.personId());
            }
        }
        for (ContactPoint c : d.contactPoints()) {
            if (orgs.contains(c.organizationId())) {
                persons.add(c.personId());
            }
        }
    }

    /** 16 bits of the organization or person {@code fact} follows; 0 for a fact of the top or of every group. */
    private static short bitsOf(Object fact) {
        Partitions.Key key = Partitions.keyOfFact(fact);
        return key == null || key.id() == null ? 0 : bits(key.person(), key.id());
    }

    /** 16 bits of an organization's or a person's id. */
    private static short bits(boolean person, String id) {
        int h = id.hashCode() * 31 + (person ? 1 : 0);
        return (short) (h ^ h >>> 16);
    }

    /** The groups a person's facts go to now, in order. */
    private int[] groupsOf(String personId) {
        Set<Integer> out = new TreeSet<>();
        routes.ofPerson(personId, out::add);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * After the change's records and derived facts are in: the facts held before of the
     * organizations whose group changed, and of the people whose groups changed, go where they
     * belong now. Only the groups they were in are searched.
     */
    void changed() {
        if (orgsMoved.isEmpty() && personsBefore.isEmpty()) {
            return;
        }
        Set<Integer> search = new TreeSet<>(orgsMoved.values());
        Set<String> persons = new HashSet<>();
        personsBefore.forEach((p, was) -> {
            if (!Arrays.equals(was, groupsOf(p))) {
                persons.add(p);
                for (int g : was) {
                    search.add(g);
                }
            }
        });
        Set<String> orgs = orgsMoved.keySet();
        Set<Fact> moving = Collections.newSetFromMap(new IdentityHashMap<>());
        if (!orgs.isEmpty() || !persons.isEmpty()) {
            boolean[] wanted = new boolean[1 << 16];
            orgs.forEach(id -> wanted[bits(false, id) & 0xFFFF] = true);
            persons.forEach(id -> wanted[bits(true, id) & 0xFFFF] = true);
            for (int g : search) {
                Group group = groups[g];
                short[] keyBits = group.keyBits;
                for (int i = 0; i < group.size; i++) {
                    if (!wanted[keyBits[i] & 0xFFFF]) {
                        continue; // follows none of the ids that moved: the fact need not be read
                    }
                    Fact f = group.facts[i];
                    Partitions.Key key = Partitions.keyOfFact(f.object);
                    if (key != null && key.id() != null && (key.person() ? persons : orgs).contains(key.id())) {
                        moving.add(f.head());
                    }
                }
            }
        }
        for (Fact head : moving) {
            if (!sameGroups(head, head.object)) {
                delete(head);
                head.next = null;
                place(head);
            }
        }
        if (!moving.isEmpty()) {
            LOG.debug("{} facts moved between groups ({} organizations, {} people)", moving.size(), orgs.size(),
                    persons.size());
        }
        orgsMoved.clear();
        personsBefore.clear();
    }
}
