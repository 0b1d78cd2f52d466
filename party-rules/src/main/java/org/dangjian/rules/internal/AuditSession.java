package org.dangjian.rules.internal;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.vocabulary.Params;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.dangjian.rules.Findings;
import org.dangjian.rules.LiveAudit;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RuleFailedException;
import org.dangjian.rules.RuleFiringLimitException;

/**
 * One session of a compiled pack over a dataset: what a batch audit and a live audit share.
 * Opening it sets the {@code findings} global, inserts the records of the kinds some rule
 * matches, the cadence rows and the facts derived in Java; {@link #fire()} runs the rules that
 * are evaluated. A batch session inserts and forgets; a live session keeps the handles so that
 * records can be added, removed and replaced one by one, and derived facts replaced by a diff
 * (unchanged facts are left alone, so only the rules they feed re-evaluate), and it follows the
 * findings raised and retracted through an event listener.
 *
 * <p>Not thread-safe: one thread at a time (a {@link LiveAudit} holds its lock).
 */
public final class AuditSession implements AutoCloseable {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(AuditSession.class);

    private final CompiledPack compiled;
    /** The kinds {@link Dataset} stores as columns, materializing a new record at each read. */
    private static final Set<RecordKind> BY_VALUE =
            EnumSet.of(RecordKind.DUES_PAYMENTS, RecordKind.TRAININGS, RecordKind.ACTIVITIES);
    private static final Set<Class<?>> BY_VALUE_TYPES =
            Set.copyOf(BY_VALUE.stream().map(RecordKind::type).toList());

    private final Plan plan;
    private final long maxFirings;
    /** Drools' side: one session, or a session per group of subtrees ({@link GroupSessions}). */
    private final FactSessions sessions;
    /** A batch session's one Drools session (null when live): asked whether it holds an instance already. */
    private final KieSession batchSession;
    private final Findings findings;
    private final AgendaFilter filter;
    private final FiringCounter counter = new FiringCounter();
    /**
     * Live only: each record instance in the session, with how many times the dataset lists it: its
     * handle when once (nearly always: no holder per record), a {@link Ref} when more.
     */
    private final IdentityHashMap<Object, Object> records;
    /**
     * Live only: the facts of the kinds {@link Dataset} keeps as columns, by value. Such a dataset
     * makes a new instance at each read of a record, so each listing is a fact of its own (as in a
     * batch audit) and the instance a change names is never the one inserted: equal will do.
     */
    private final Map<Object, ArrayDeque<Object>> byValue;
    /**
     * Live only: each deriver's facts in the session. Kept apart per deriver, so that a change
     * compares only the facts of the derivers it can affect, and so that a value two derivers
     * both emit (as two instances) is held for each, as a batch session holds both.
     */
    private final Map<FactDeriver, HeldFacts> derived;
    /** Live only: the facts of each {@link KeyedDeriver}, by key. */
    private final Map<KeyedDeriver, KeyedFacts> keyedFacts = new IdentityHashMap<>();
    /** Live only: the records by key each {@link KeyedDeriver} keeps between changes. */
    private final Map<KeyedDeriver, KeyedDeriver.Live> lives = new IdentityHashMap<>();
    /** Live only: the {@code asOf} of the facts derived, null before the first derivation. */
    private LocalDate derivedAsOf;
    /** The parameters the derivers read, fixed for the session's life. */
    private final Params params;
    /** Live only: the findings in the session now, as facts. */
    private final Map<Raised, Integer> raised;
    /** Live only: whether a finding was inserted or deleted since {@link #takeRaisedChanged()}. */
    private boolean raisedChanged = true;
    /** Live only: the findings inserted or deleted since {@link #takeRaisedTouched()}. */
    private Set<Raised> raisedTouched = new java.util.HashSet<>();

    private AuditSession(CompiledPack compiled, Dataset dataset, Plan plan, long maxFirings, boolean live) {
        this(compiled, dataset, plan, maxFirings, live, null, null);
    }

    /**
     * With {@code facts} given, the session holds exactly those (a partition's) instead of the
     * dataset's; with {@code groups} given (live only), its facts are held in a session per group of
     * subtrees, at most {@link Groups#maxOpen()} open at a time.
     */
    private AuditSession(CompiledPack compiled, Dataset dataset, Plan plan, long maxFirings, boolean live,
                         Iterable<?> facts, Groups groups) {
        this.compiled = compiled;
        this.plan = plan;
        this.maxFirings = maxFirings;
        this.records = live ? new IdentityHashMap<>() : null;
        this.byValue = live ? new HashMap<>() : null;
        this.derived = live ? new IdentityHashMap<>() : null;
        this.params = new Params(plan.parameters());
        this.raised = live ? new HashMap<>() : null;
        this.findings = new Findings(dataset);
        if (live) {
            findings.trackOrigins();
        }
        this.filter = match -> !plan.skippedRuleNames().contains(match.getRule().getName());
        java.util.function.Consumer<KieSession> setUp = s -> {
            s.setGlobal("findings", findings);
            s.addEventListener(counter);
        };
        KieSession batch = null;
        if (groups != null) {
            // A group fired on a pool thread names its failing rule there: the rule firing is the thread's.
            this.sessions = new GroupSessions(compiled.kieBase(), setUp, this::raisedChanged, findings::raisedFrom,
                    dataset, groups, e -> RuleErrors.translate(e, compiled, counter.firing()));
        } else {
            KieSession one = compiled.kieBase().newKieSession();
            setUp.accept(one);
            this.sessions = new OneSession(one, live ? this::raisedChanged : null);
            batch = live ? null : one;
        }
        this.batchSession = batch;
        try {
            if (facts != null) {
                facts.forEach(this::insertListing);
            } else {
                for (RecordKind kind : RecordKind.values()) {
                    if (matched(kind)) {
                        for (Object r : dataset.records(kind)) {
                            add(r);
                        }
                    }
                }
                compiled.cadences().forEach(sessions::insert);
                derive(dataset);
            }
        } catch (RuntimeException | Error e) {
            sessions.close();
            throw failure(e);
        }
    }

    /** A failure of the pack's code named by its rule ({@link RuleErrors}); anything else as it is. */
    private RuntimeException failure(Throwable e) {
        Throwable t = RuleErrors.translate(e, compiled, counter.firing());
        if (t instanceof Error err) {
            throw err;
        }
        return (RuntimeException) t;
    }

    /** A session whose facts are inserted once and never changed: a batch audit. */
    public static AuditSession batch(CompiledPack compiled, Dataset dataset, Plan plan, long maxFirings) {
        return new AuditSession(compiled, dataset, plan, maxFirings, false);
    }

    /**
     * A batch session holding {@code facts} only: one partition of a partitioned audit. Subjects are
     * named from {@code dataset}, the whole.
     */
    static AuditSession part(CompiledPack compiled, Dataset dataset, Plan plan, long maxFirings, Iterable<?> facts) {
        return new AuditSession(compiled, dataset, plan, maxFirings, false, facts, null);
    }

    /** A session that follows a changing dataset: a live audit. */
    public static AuditSession live(CompiledPack compiled, Dataset dataset, Plan plan, long maxFirings) {
        return new AuditSession(compiled, dataset, plan, maxFirings, true);
    }

    /**
     * A live session holding its facts in a Drools session per group of organization subtrees,
     * {@code groups} saying how many may be open at once and how large a group is; one session
     * when the pack is not subtree-safe (every rule reads one subtree, or the top).
     */
    public static AuditSession live(CompiledPack compiled, Dataset dataset, Plan plan, long maxFirings, Groups groups) {
        if (!compiled.pack().subtreeSafe()) {
            LOG.info("the pack does not declare its rules subtree-safe: the live audit keeps one session");
            return live(compiled, dataset, plan, maxFirings);
        }
        return new AuditSession(compiled, dataset, plan, maxFirings, true, null, groups);
    }

    /**
     * How a live session is held in groups: at most {@code maxOpen} groups' Drools sessions open at
     * once (the top's besides; 0: each closed once fired, for tests), subtrees gathered into groups
     * of about {@code members} members.
     */
    public record Groups(int maxOpen, int members) {
        /** The members a group gathers by default: as many as a batch audit's groups. */
        public static final int MEMBERS = PartitionedAudit.GROUP_MEMBERS;

        public Groups {
            if (maxOpen < 0 || members < 1) {
                throw new IllegalArgumentException("groups of at least one member, none or more open");
            }
        }
    }

    /**
     * Whether records of {@code kind} are kept as columns by the dataset, each read a new
     * instance: the session knows them by value, and a change may name any equal record.
     */
    public static boolean byValue(RecordKind kind) {
        return BY_VALUE.contains(kind);
    }

    public Plan plan() {
        return plan;
    }

    /** Whether some rule of the pack matches records of {@code kind} (others are not inserted). */
    public boolean matched(RecordKind kind) {
        return matched(kind.type());
    }

    /** Whether some rule of the pack matches facts of {@code type} (derived facts of others are not derived). */
    public boolean matched(Class<?> type) {
        return compiled.matches(type);
    }

    /**
     * Inserts a record. The same instance listed twice is one fact (Drools holds an instance once),
     * but for the kinds kept by value: each listing of those is a fact, as the derivations count
     * it, whether the dataset made an instance for each (its columns do) or listed one twice (an
     * instance a change added, still held as it was, and added again).
     */
    public void add(Object record) {
        if (records == null) {
            insertListing(record);
            return;
        }
        if (BY_VALUE.contains(RecordKind.of(record))) {
            Object listing = heldAsItIs(record) ? RecordCopies.copy(record) : record;
            byValue.computeIfAbsent(listing, r -> new ArrayDeque<>()).push(sessions.insert(listing));
            return;
        }
        Object held = records.get(record);
        if (held == null) {
            records.put(record, sessions.insert(record));
        } else if (held instanceof Ref ref) {
            ref.count++;
        } else {
            Ref ref = new Ref(held);
            ref.count = 2;
            records.put(record, ref);
        }
    }

    /** Removes one listing of the record instance {@code listed} (the one the dataset dropped). */
    public void remove(Object listed) {
        if (BY_VALUE.contains(RecordKind.of(listed))) {
            sessions.delete(take(listed));
            return;
        }
        Object held = live(listed);
        if (held instanceof Ref ref) {
            if (--ref.count == 1) {
                records.put(listed, ref.handle);
            }
        } else {
            records.remove(listed);
            sessions.delete(held);
        }
    }

    /** Replaces one listing of {@code listed} by {@code replacement}: an update where possible. */
    public void replace(Object listed, Object replacement) {
        if (listed == replacement) {
            return;
        }
        if (BY_VALUE.contains(RecordKind.of(listed))) {
            Object h = take(listed);
            Object listing = heldAsItIs(replacement) ? RecordCopies.copy(replacement) : replacement;
            sessions.update(h, listing);
            byValue.computeIfAbsent(replacement, r -> new ArrayDeque<>()).push(h);
            return;
        }
        Object held = live(listed);
        if (!(held instanceof Ref) && !records.containsKey(replacement)) {
            records.remove(listed);
            records.put(replacement, held);
            sessions.update(held, replacement);
        } else {
            remove(listed);
            add(replacement);
        }
    }

    /**
     * The handle of one fact equal to {@code listed}, no longer tracked: the one holding that very
     * instance if there is one (so that an instance listed again is still found held), else any.
     */
    private Object take(Object listed) {
        ArrayDeque<Object> handles = byValue.get(listed);
        if (handles == null) {
            throw new IllegalStateException("record not in the session: " + listed);
        }
        Object h = handles.peek();
        for (Object each : handles) {
            if (sessions.object(each) == listed) {
                h = each;
                break;
            }
        }
        handles.removeFirstOccurrence(h);
        if (handles.isEmpty()) {
            byValue.remove(listed);
        }
        return h;
    }

    /** A batch session: inserts {@code fact}, a copy if it is a record kept by value whose very instance is a fact already. */
    private void insertListing(Object fact) {
        boolean again = BY_VALUE_TYPES.contains(fact.getClass()) && batchSession.getFactHandle(fact) != null;
        sessions.insert(again ? RecordCopies.copy(fact) : fact);
    }

    /** Whether the very instance {@code record} is a fact already (of a kind kept by value). */
    private boolean heldAsItIs(Object record) {
        ArrayDeque<Object> handles = byValue.get(record);
        if (handles != null) {
            for (Object h : handles) {
                if (sessions.object(h) == record) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The handle, or {@link Ref}, of a record instance in the session. */
    private Object live(Object listed) {
        Object held = records.get(listed);
        if (held == null) {
            throw new IllegalStateException("record not in the session: " + listed);
        }
        return held;
    }

    /**
     * Derives the facts of {@code dataset} and makes the session hold exactly them: a batch session
     * inserts them; a live one derives every deriver again (as after a change of every kind).
     */
    public void derive(Dataset dataset) {
        if (derived != null) {
            derive(dataset, dataset, EnumSet.allOf(RecordKind.class), List.of());
            return;
        }
        findings.use(dataset);
        Derivations.derive(dataset, params, compiled.demand(), sessions::insert);
    }

    /**
     * Live only: brings the derived facts up to date after a change from {@code before} to
     * {@code after} made of {@code steps}, in order, each a pair {record removed (as
     * {@code before} held it) or null, record added or null}, of the kinds {@code changed}. Only the derivers that
     * {@linkplain FactDeriver#reads() read} one of those kinds are derived again: a
     * {@link KeyedDeriver} only for the keys the records touch, any other wholly; only their facts
     * are compared with those held. Every deriver derives every key again on the first derivation
     * and when {@code asOf} moved into another year; when it moved inside the year, each keyed
     * deriver the keys it names for the move ({@link KeyedDeriver.Live#movedKeys}), and a deriver
     * not keyed (none built in) wholly.
     */
    public void derive(Dataset before, Dataset after, Set<RecordKind> changed, List<Object[]> steps) {
        List<Object> gone = new ArrayList<>();
        List<Object> came = new ArrayList<>();
        for (Object[] step : steps) {
            if (step[0] != null) {
                gone.add(step[0]);
            }
            if (step[1] != null) {
                came.add(step[1]);
            }
        }
        findings.use(after);
        boolean first = derivedAsOf == null;
        if (first) {
            new FactSink(compiled.demand(), sessions::insert).accept(params); // fixed for the session's life
        }
        // asOf moved inside the audit year: each keyed deriver names the keys the move can change.
        AsOfMove move = !first && !after.asOf().equals(derivedAsOf)
                && after.asOf().getYear() == derivedAsOf.getYear() ? new AsOfMove(derivedAsOf, after.asOf()) : null;
        boolean all = move == null && !after.asOf().equals(derivedAsOf);
        FactSink probe = new FactSink(compiled.demand(), f -> { });
        List<FactDeriver> stale = Derivations.DERIVERS.stream()
                .filter(d -> all || move != null || !Collections.disjoint(d.reads(), changed)).toList();
        derivedAsOf = after.asOf();
        List<KeyedDeriver> keyed = new ArrayList<>();
        List<FactDeriver> whole = new ArrayList<>();
        for (FactDeriver d : stale) {
            if (d instanceof KeyedDeriver k && probe.wantsAny(d.produces())) {
                keyed.add(k);
            } else {
                whole.add(d);
            }
        }
        for (KeyedDeriver k : keyed) {
            int n = deriveKeys(k, before, after, all, move, gone, came, steps);
            if (move != null && LOG.isDebugEnabled()) {
                LOG.debug("asOf {} -> {}: {} derived {} keys again", move.from(), move.to(),
                        k.getClass().getSimpleName(), n < 0 ? "all" : n);
            }
        }
        whole.forEach(d -> held(d).begin());
        Derivations.deriveEach(after, d -> params, compiled.demand(), whole, d -> held(d)::derived);
        // Every deletion before any insertion, as when all facts were compared at once.
        whole.forEach(d -> held(d).deleteGone(sessions));
        keyed.forEach(k -> keyedFacts.get(k).deleteGone(sessions));
        whole.forEach(d -> held(d).insertNew(sessions));
        keyed.forEach(k -> keyedFacts.get(k).insertNew(sessions));
        // A keyed deriver not derived again still follows the records it reads, for later changes.
        for (Map.Entry<KeyedDeriver, KeyedDeriver.Live> e : lives.entrySet()) {
            if (!keyed.contains(e.getKey())) {
                follow(e.getKey(), e.getValue(), steps);
            }
        }
        if (sessions instanceof GroupSessions g) {
            g.changed(); // the facts held before of what the change moved to other groups go there
        }
    }

    /**
     * Live only: to be called before the records of a change from {@code before} to {@code after}
     * made of {@code steps} (as {@link #derive(Dataset, Dataset, Set, List)} takes them) are
     * added, removed or replaced: a session in groups sets the groups of the organizations and
     * people the change moves, so that the facts inserted go where the dataset after it sends them.
     */
    public void changing(Dataset before, Dataset after, List<Object[]> steps) {
        if (sessions instanceof GroupSessions g) {
            g.changing(before, after, steps);
        }
    }

    /**
     * Derives again the keys of {@code k} the change touches (every key if {@code all}), and those
     * a {@code move} of asOf inside the year can change (every key if {@code k} does not say);
     * compares them. Returns how many keys, or -1 for every key.
     */
    private int deriveKeys(KeyedDeriver k, Dataset before, Dataset after, boolean all, AsOfMove move,
                           List<Object> gone, List<Object> came, List<Object[]> steps) {
        KeyedFacts facts = keyedFacts.computeIfAbsent(k, x -> new KeyedFacts());
        KeyedDeriver.Live live = lives.get(k);
        Object[] key = new Object[1];
        FactSink sink = new FactSink(compiled.demand(), f -> facts.derived(key[0], f));
        if (live == null) {
            live = k.live(after); // built from the dataset as it is now: the change is in it
            lives.put(k, live);
        } else if (!all) {
            // A record touches keys by what surrounds it, before and after the change (an
            // organization removed: those above it then; another of its id may come first now).
            java.util.LinkedHashSet<Object> keys = new java.util.LinkedHashSet<>();
            for (Object r : gone) {
                if (k.reads().contains(RecordKind.of(r))) {
                    live.touched(before, r, keys::add);
                    live.touched(after, r, keys::add);
                }
            }
            for (Object r : came) {
                if (k.reads().contains(RecordKind.of(r))) {
                    live.touched(after, r, keys::add);
                    live.touched(before, r, keys::add);
                }
            }
            follow(k, live, steps);
            if (move == null || live.movedKeys(after, move, keys::add)) {
                for (Object x : keys) {
                    facts.begin(x);
                    key[0] = x;
                    live.derive(after, params, x, sink);
                }
                return keys.size();
            }
        } else {
            follow(k, live, steps);
        }
        facts.beginAll();
        KeyedDeriver.Live l = live;
        l.keys(after, x -> {
            facts.begin(x);
            key[0] = x;
            l.derive(after, params, x, sink);
        });
        return -1;
    }

    /**
     * Tells {@code live} the records of the kinds {@code k} reads that the change removed and
     * added, step by step (a record added and updated in one change is added, then replaced).
     */
    private static void follow(KeyedDeriver k, KeyedDeriver.Live live, List<Object[]> steps) {
        for (Object[] step : steps) {
            if (step[0] != null && k.reads().contains(RecordKind.of(step[0]))) {
                live.removed(step[0]);
            }
            if (step[1] != null && k.reads().contains(RecordKind.of(step[1]))) {
                live.added(step[1]);
            }
        }
    }

    /**
     * The derived facts a session of {@code dataset} holds, as {@link #derivedFacts()} counts
     * them (distinct instances of a value): what a live session must hold after any changes.
     */
    public static Map<Object, Integer> derivedFacts(CompiledPack compiled, Dataset dataset, Plan plan) {
        Map<Object, Integer> out = new HashMap<>();
        Map<Object, Boolean> seen = new IdentityHashMap<>();
        Derivations.derive(dataset, new Params(plan.parameters()), compiled.demand(), f -> {
            if (!(f instanceof Params) && seen.put(f, Boolean.TRUE) == null) {
                out.merge(f, 1, Integer::sum);
            }
        });
        return out;
    }

    /** The facts of {@code deriver} the session holds. */
    private HeldFacts held(FactDeriver deriver) {
        return derived.computeIfAbsent(deriver, d -> new HeldFacts());
    }

    /**
     * Live only: every derived fact the session holds (not the parameters), with how many
     * instances of it: what a batch derivation of the current dataset gives, for tests.
     */
    public Map<Object, Integer> derivedFacts() {
        Map<Object, Integer> out = new HashMap<>();
        derived.values().forEach(h -> h.forEach((f, n) -> out.merge(f, n, Integer::sum)));
        keyedFacts.values().forEach(h -> h.forEach(sessions, (k, f) -> out.merge(f, 1, Integer::sum)));
        return out;
    }

    /**
     * Fires the rules that are evaluated.
     *
     * @throws RuleFiringLimitException if a rule keeps firing past the limit
     * @throws RuleFailedException if a rule's action throws
     */
    public void fire() {
        counter.counts.clear();
        // One firing past the limit tells a pack that needs exactly the limit from one that loops.
        // (maxFirings + 1 overflows for Long.MAX_VALUE: no limit above what an int can count.)
        int limit = maxFirings >= Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) maxFirings + 1;
        int fired;
        try {
            fired = sessions.fire(filter, limit);
        } catch (RuntimeException | Error e) {
            throw failure(e);
        }
        if (fired > maxFirings) {
            throw new RuleFiringLimitException(counter.busiest(), maxFirings, counter.top(3));
        }
    }

    /** The findings raised, as facts. */
    public List<Raised> raised() {
        if (raised != null) {
            return List.copyOf(raised.keySet());
        }
        return sessions.raised();
    }

    /** The subjects the rules could not judge for a field the dataset leaves out, as facts. */
    public List<Unjudged> unjudged() {
        return sessions.unjudged();
    }

    /** Live only: whether findings were inserted or deleted since the last call. */
    public boolean takeRaisedChanged() {
        boolean changed = raisedChanged;
        raisedChanged = false;
        return changed;
    }

    /**
     * Live only: the findings inserted or deleted since the last call (or since the session was
     * opened), each once, whether it stands now or not ({@link #isRaised}); and what
     * {@link #takeRaisedChanged()} tells is taken with them.
     */
    public Set<Raised> takeRaisedTouched() {
        Set<Raised> out = raisedTouched;
        raisedTouched = new java.util.HashSet<>();
        raisedChanged = false;
        return out;
    }

    /** Live only: whether {@code r} is in the session now. */
    public boolean isRaised(Raised r) {
        return raised.containsKey(r);
    }

    /** Live only: the findings in the session whose subject or progress the current dataset renders otherwise. */
    public boolean outdated() {
        return findings.outdated(raised.keySet());
    }

    /** The same, after a move of {@code asOf} from {@code from} that changed no context record. */
    public boolean outdated(LocalDate from) {
        return findings.outdated(raised.keySet(), from);
    }

    /** The same, after a change that kept {@code asOf} and changed context records naming only {@code ids}. */
    public boolean outdated(java.util.Collection<String> ids) {
        return findings.outdated(raised.keySet(), ids);
    }

    /** The number of facts in the session (records, cadence rows, derived facts, findings). */
    public long factCount() {
        return sessions.factCount();
    }

    @Override
    public void close() {
        sessions.close();
    }

    /** A record instance the dataset lists more than once in a live session, and how many times. */
    private static final class Ref {
        final Object handle;
        int count = 1;

        Ref(Object handle) {
            this.handle = handle;
        }
    }

    /** A finding inserted ({@code delta} 1) or deleted (-1) by truth maintenance. */
    private void raisedChanged(Raised r, int delta) {
        if (delta > 0) {
            raised.merge(r, delta, Integer::sum);
        } else {
            raised.computeIfPresent(r, (k, n) -> n + delta <= 0 ? null : n + delta);
        }
        raisedChanged = true;
        raisedTouched.add(r);
    }

    /**
     * What an audit of a dataset evaluates: the thresholds, the inputs the dataset offers, the
     * rules not evaluated (by ID, with the reason) and the DRL rules the agenda filter skips.
     */
    public record Plan(Parameters parameters, Set<String> available, Map<String, String> notEvaluated,
                Set<String> skippedRuleNames) {
    }
}
