package org.dangjian.rules;

import org.dangjian.rules.internal.Messages;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.dangjian.model.Dataset;
import org.dangjian.model.Membership;
import org.dangjian.model.Organization;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.vocabulary.Raised;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.dangjian.rules.internal.AuditSession;
import org.dangjian.rules.internal.Inputs;
import org.dangjian.rules.internal.Records;

/**
 * A live audit (实时审计): the findings of a dataset that keeps changing, for a system that holds
 * its records in memory or a database and changes them all day. Open one with
 * {@link ComplianceEngine#openLive(Dataset)}, {@link #apply} changes as they happen, and the
 * findings follow: raised when a record breaks a requirement, cleared when it is fixed, told as
 * {@link FindingEvent}s to the listeners and returned by {@code apply}. At every moment
 * {@link #findings()} equals what {@link ComplianceEngine#audit} reports for {@link #dataset()}.
 *
 * <pre>{@code
 * try (LiveAudit live = ComplianceEngine.builtIn().openLive(dataset)) {
 *     live.addListener(e -> System.out.println(e.kind() + ": " + e.finding().message()));
 *     live.apply(Change.add(themePartyDay));                      // clears LIFE-005 for March
 *     live.apply(Change.asOf(LocalDate.of(2020, 12, 31)));        // the year is judged
 *     live.replacePack(ComplianceEngine.compile(changedPack));    // policy staff changed a rule
 * }
 * }</pre>
 *
 * <h2>How it follows changes</h2>
 * One Drools session stays open (or a few, see "Memory"). A change updates the dataset, then the session: records are
 * inserted, deleted or updated one by one; the facts derived in Java (activity counts, member
 * counts, judged periods …) are derived again only for the keys the records changed touch (an
 * organization's counts, a person's sums, the subtrees above them; when {@code asOf} moved, the
 * keys whose facts can differ between the two days, every key into another year), and of their facts only those that differ are updated, deleted or inserted; then the rules fire. Rules re-evaluate only what the changed facts reach, and
 * findings, inserted logically, are retracted by truth maintenance when their cause goes away.
 * The session is rebuilt from the records (the cost of one audit) instead when the inputs the
 * dataset offers change (the first training added makes the rules that need trainings
 * evaluated: "not evaluated" works as in a batch audit), when a change of names, memberships,
 * posts or {@code asOf} outdates how a finding already raised would be worded (its subject's
 * name or organization, or an annual finding's progress), when the pack is replaced, and after
 * a failed change (to undo it).
 *
 * <h2>Thread safety</h2>
 * Every method may be called from any thread. Changes are applied one at a time: {@code apply},
 * {@code replacePack}, {@code report} and {@code close} hold this audit's lock.
 * {@link #findings()} and {@link #dataset()} never wait: they return the state after the last
 * change applied. Listeners are called on the thread that applied the change, in order, after
 * the change is applied and before {@code apply} returns, still holding the lock (so every
 * listener hears every change in the order applied); a listener may read {@code findings()}
 * but must not apply changes ({@link IllegalStateException}); one that throws is logged, and the
 * change stays applied.
 *
 * <h2>Memory</h2>
 * The session holds every record of the kinds the pack's rules match (the records themselves,
 * not copies), the derived facts, the findings and Drools' node memories; the audit keeps for
 * each record an identity entry, for each derived fact its handle, and for each finding its
 * rendered form and how it was raised. That is several times the size of the records: see
 * docs/embedding.md for figures. {@link #close()} frees the session.
 *
 * <p>Most of it is Drools' node memories. With {@link AuditOptions.Builder#liveOpenGroups(int)}
 * set to {@code n}, the facts are held in a Drools session per group of organization subtrees
 * (about 5,000 members each, as a batch audit in partitions groups them; the district, the
 * streets and the host units in a top session of their own), at most {@code n} groups' sessions
 * open: Drools' memory is then that of {@code n} groups, whatever the district's size, while the
 * facts of the closed groups, their findings and the subjects they could not judge are kept in
 * Java. A change to an open group costs about what it costs in one session; a change that reaches
 * a closed group opens it (its facts inserted, its rules fired) and closes the group fired least
 * recently; a change every group reads (a move of {@code asOf}, a parameter) opens every group in
 * turn, the cost of a batch audit. The findings are the same either way; a pack that does not
 * declare its rules subtree-safe is held in one session.
 */
public final class LiveAudit implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LiveAudit.class);

    private final AuditOptions options;
    private final List<Consumer<? super FindingEvent>> listeners = new CopyOnWriteArrayList<>();
    /** The state after the last change: read without the lock. */
    private volatile State state;
    // Guarded by this:
    private ComplianceEngine engine;
    private AuditSession session;
    /** The subjects not judged as {@link #report()} last read them from the session (kept after close). */
    private List<AuditReport.NotJudged> notJudged = List.of();
    /** The findings shown, following the raised findings of {@link #shownFrom}. */
    private ShownFindings shown = new ShownFindings();
    /** Findings raised or cleared at one change beyond which the findings shown are placed by one sort. */
    private static final int BATCH = 64;
    /** The session {@link #shown} follows: another (rebuilt) is rendered whole. */
    private AuditSession shownFrom;
    private boolean notifying;
    /** How the session's facts are held in groups of subtrees; null: one session. */
    private final AuditSession.Groups groups;
    private boolean closed;
    private int rebuilds;

    private record State(Dataset dataset, List<Finding> findings) {
    }

    LiveAudit(ComplianceEngine engine, Dataset dataset, AuditOptions options) {
        this(engine, dataset, options, options.liveOpenGroups() == 0 ? null
                : new AuditSession.Groups(options.liveOpenGroups(), AuditSession.Groups.MEMBERS));
    }

    /** With its facts in {@code groups} (tests use tiny ones, none left open), or in one session if null. */
    LiveAudit(ComplianceEngine engine, Dataset dataset, AuditOptions options, AuditSession.Groups groups) {
        this.options = new AuditOptions(options.language(), options.parameters(), Optional.empty(), options.maxFirings())
                .withLiveOpenGroups(options.liveOpenGroups());
        this.groups = groups;
        this.engine = Objects.requireNonNull(engine, "engine");
        this.session = open(engine, Objects.requireNonNull(dataset, "dataset"));
        this.state = new State(dataset, findingsNow());
    }

    /** Applies {@code changes} in order, as one change; see {@link #apply(List)}. */
    public List<FindingEvent> apply(Change... changes) {
        return apply(List.of(changes));
    }

    /**
     * Whether a removal made another record the first of its id: an organization of an id, or a
     * person's membership, that the dataset lists twice (a dataset the validator rejects). A
     * removal leaves its place to the last record of the kind ({@link Dataset#toBuilder()}), which
     * may so come before another of its id and become the one every area reads: the tree below
     * that id, or the person's organization, changes without a change of their own. The areas
     * follow a change of the records named, not such a move, so the session is rebuilt: rare, and
     * only for data the validator rejects. Looks at the few records a removal can move, not the
     * dataset.
     */
    private static boolean firstOfAnIdMoved(Dataset before, Dataset after, Edit edit) {
        return firstMoved(before.organizations(), removals(edit, RecordKind.ORGANIZATIONS), Organization::id,
                id -> before.organization(id), id -> after.organization(id))
                || firstMoved(before.memberships(), removals(edit, RecordKind.MEMBERSHIPS), Membership::personId,
                id -> before.membershipOf(id), id -> after.membershipOf(id));
    }

    private static int removals(Edit edit, RecordKind kind) {
        int n = 0;
        for (Edit.Op op : edit.ops()) {
            if (op.kind() == kind && op.record() == null) {
                n++;
            }
        }
        return n;
    }

    /** Whether one of the records a removal can have moved (the last ones) is no longer, or now, the first of its id. */
    private static <T> boolean firstMoved(List<T> records, int removals, java.util.function.Function<T, String> id,
                                          java.util.function.Function<String, Optional<T>> firstBefore,
                                          java.util.function.Function<String, Optional<T>> firstAfter) {
        // Each removal takes the last record then; k removals move records among the last 2k.
        for (int i = records.size() - 1; i >= Math.max(0, records.size() - 2 * removals); i--) {
            String key = id.apply(records.get(i));
            T was = firstBefore.apply(key).orElse(null);
            T now = firstAfter.apply(key).orElse(null);
            if (was != now && was != null && now != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether another version of some rule or parameter is in force on {@code after}'s asOf (rules in force by date). */
    private boolean inForceChanged(Dataset after) {
        AuditSession.Plan next = engine.plan(after, options);
        return !next.parameters().equals(session.plan().parameters())
                || !next.skippedRuleNames().equals(session.plan().skippedRuleNames());
    }

    /**
     * Applies {@code changes} in order, as one change: the findings are brought up to date once,
     * after the last. Returns the findings cleared (first) and raised, each in the report's
     * order, as the listeners hear them. Atomic: if it throws, nothing was applied.
     *
     * @throws IllegalArgumentException if a change removes or updates a record the dataset does not hold
     * @throws RuleFiringLimitException if a rule keeps firing past the options' {@code maxFirings}
     * @throws RuleFailedException if a rule's action throws
     * @throws IllegalStateException if the audit is closed, or called from a listener
     */
    public synchronized List<FindingEvent> apply(List<Change> changes) {
        checkUsable();
        if (changes.isEmpty()) {
            return List.of();
        }
        State before = state;
        Edit edit = Edit.of(before.dataset(), changes);
        Dataset after = edit.dataset();
        try {
            if (!Inputs.available(session.plan().available(), after, edit.kinds(), edit.came()).equals(session.plan().available())) {
                rebuild(after, engine, "the inputs the dataset offers changed");
            } else if (!after.asOf().equals(before.dataset().asOf()) && inForceChanged(after)) {
                rebuild(after, engine, "the rules or parameters in force changed with asOf");
            } else if (firstOfAnIdMoved(before.dataset(), after, edit)) {
                rebuild(after, engine, "a removal put an organization or membership before another of its id");
            } else {
                session.changing(before.dataset(), after, edit.steps());
                for (Edit.Op op : edit.ops()) {
                    if (session.matched(op.kind())) {
                        if (op.listed() == null) {
                            session.add(op.record());
                        } else if (op.record() == null) {
                            session.remove(op.listed());
                        } else {
                            session.replace(op.listed(), op.record());
                        }
                    }
                }
                // Only the keys the records touch; every key again if asOf moved.
                session.derive(before.dataset(), after, edit.kinds(), edit.steps());
                session.fire();
                boolean moved = !after.asOf().equals(before.dataset().asOf());
                boolean context = edit.kinds().stream().anyMatch(Findings.CONTEXT::contains);
                // A move of asOf words again only the findings whose period ended between the days.
                if (moved && session.outdated(before.dataset().asOf())
                        || context && session.outdated(edit.contextIds())) {
                    rebuild(after, engine, "a finding raised before would be worded otherwise now");
                }
            }
        } catch (RuntimeException e) {
            undo(before.dataset(), e);
            throw e;
        }
        return commit(before, after);
    }

    /**
     * Replaces the pack (policy staff changed a rule): the records stay, the session is rebuilt
     * on {@code newEngine}'s pack with this audit's options, and the findings that differ are
     * returned and told as events. The old session is freed; the old engine is no longer
     * referenced by this audit. If it throws, the audit goes on with the old pack.
     *
     * @throws InvalidParametersException if the options override a threshold the new pack does not have
     * @throws RuleFiringLimitException if a rule of the new pack keeps firing
     * @throws RuleFailedException if a rule's action throws
     * @throws IllegalStateException if the audit is closed, or called from a listener
     */
    public synchronized List<FindingEvent> replacePack(ComplianceEngine newEngine) {
        checkUsable();
        State before = state;
        rebuild(before.dataset(), Objects.requireNonNull(newEngine, "newEngine"), "the pack was replaced");
        return commit(before, before.dataset());
    }

    /** The current findings, in the report's order; equal to a batch audit's of {@link #dataset()}. */
    public List<Finding> findings() {
        return state.findings();
    }

    /** The dataset as the changes applied so far left it. */
    public Dataset dataset() {
        return state.dataset();
    }

    /** The engine whose pack judges now. */
    public synchronized ComplianceEngine engine() {
        return engine;
    }

    /**
     * The report a batch audit of {@link #dataset()} would give: the findings, the summary with
     * the rules not evaluated, and the dataset's SHA-256 (computed over every record).
     */
    public synchronized AuditReport report() {
        State s = state;
        if (!closed) {
            notJudged = ComplianceEngine.notJudged(session.unjudged(), s.dataset());
        }
        return engine.report(s.dataset(), options, session.plan(), s.findings(), notJudged);
    }

    /** Listens to the findings raised and cleared from now on. */
    public void addListener(Consumer<? super FindingEvent> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
    }

    /** Stops telling {@code listener}. */
    public void removeListener(Consumer<? super FindingEvent> listener) {
        listeners.remove(listener);
    }

    /** Frees the session; {@link #findings()} and {@link #dataset()} still give the last state. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            session.close();
            shown = new ShownFindings();
            shownFrom = null;
        }
    }

    /** The facts in the session: records, cadence rows, derived facts, findings (for tests). */
    synchronized long factCount() {
        return session.factCount();
    }

    /** The derived facts the session holds, with how many instances of each (for tests). */
    synchronized Map<Object, Integer> derivedFacts() {
        return session.derivedFacts();
    }

    /** The derived facts a batch session of {@code dataset} would hold, counted alike (for tests). */
    synchronized Map<Object, Integer> batchDerivedFacts(Dataset dataset) {
        return AuditSession.derivedFacts(engine.compiled(), dataset, session.plan());
    }

    /** How many times the session was rebuilt from the records (for tests and tuning). */
    synchronized int rebuilds() {
        return rebuilds;
    }

    private void checkUsable() {
        if (closed) {
            throw new IllegalStateException("the live audit is closed");
        }
        if (notifying) {
            throw new IllegalStateException("a listener must not change the live audit it listens to");
        }
    }

    private AuditSession open(ComplianceEngine e, Dataset dataset) {
        AuditSession.Plan plan = e.plan(dataset, options);
        AuditSession s = groups == null
                ? AuditSession.live(e.compiled(), dataset, plan, options.maxFirings())
                : AuditSession.live(e.compiled(), dataset, plan, options.maxFirings(), groups);
        try {
            s.fire();
            return s;
        } catch (RuntimeException ex) {
            s.close();
            throw ex;
        }
    }

    /** A new session over {@code dataset}; the old one is freed only once the new one stands. */
    private void rebuild(Dataset dataset, ComplianceEngine e, String why) {
        long start = System.nanoTime();
        AuditSession fresh = open(e, dataset);
        session.close();
        session = fresh;
        engine = e;
        rebuilds++;
        LOG.debug("live audit rebuilt ({}) in {} ms", why, (System.nanoTime() - start) / 1_000_000);
    }

    /** After a failed change: a session over the dataset as it was, so the audit goes on unchanged. */
    private void undo(Dataset before, RuntimeException cause) {
        try {
            rebuild(before, engine, "a change failed");
        } catch (RuntimeException again) {
            cause.addSuppressed(again);
            closed = true;
            session.close();
        }
    }

    private List<FindingEvent> commit(State before, Dataset after) {
        List<FindingEvent> events;
        List<Finding> now;
        if (shownFrom == session) {
            // The same session: only the findings it raised or cleared since are rendered and compared.
            Set<Finding> came = new HashSet<>();
            Set<Finding> went = new HashSet<>();
            Set<Raised> touched = session.takeRaisedTouched();
            if (!touched.isEmpty()) {
                Messages messages = engine.messages(options.language(), session.plan().parameters());
                boolean many = touched.size() > BATCH;
                if (many) {
                    shown.beginBatch();
                }
                for (Raised r : touched) {
                    shown.update(r, session.isRaised(r), messages::finding, came, went);
                }
                if (many) {
                    shown.endBatch();
                }
            }
            now = came.isEmpty() && went.isEmpty() ? before.findings() : shown.list();
            events = eventsOf(ShownFindings.ordered(went), ShownFindings.ordered(came), after.asOf());
        } else {
            now = findingsNow();
            events = now.equals(before.findings()) ? List.of() : events(before.findings(), now, after.asOf());
        }
        state = new State(after, now);
        notifying = true;
        try {
            for (FindingEvent event : events) {
                for (Consumer<? super FindingEvent> l : listeners) {
                    try {
                        l.accept(event);
                    } catch (RuntimeException ex) {
                        LOG.warn("a live audit listener failed on {}", event, ex);
                    }
                }
            }
        } finally {
            notifying = false;
        }
        return events;
    }

    /** The session's findings rendered whole (a new session): each reused where it was rendered before. */
    private List<Finding> findingsNow() {
        ShownFindings next = new ShownFindings();
        Messages messages = engine.messages(options.language(), session.plan().parameters());
        Set<Finding> ignored = new HashSet<>();
        session.takeRaisedTouched();
        next.beginBatch();
        for (Raised r : session.raised()) {
            Finding f = shown.rendered(r);
            next.update(r, true, f != null ? x -> f : messages::finding, ignored, ignored);
        }
        next.endBatch();
        shown = next;
        shownFrom = session;
        return shown.list();
    }

    /** The events of findings {@code went} (cleared, first) and {@code came} (raised), each in the report's order. */
    private static List<FindingEvent> eventsOf(List<Finding> went, List<Finding> came, LocalDate asOf) {
        List<FindingEvent> out = new ArrayList<>(went.size() + came.size());
        went.forEach(f -> out.add(new FindingEvent(FindingEvent.Kind.CLEARED, f, asOf)));
        came.forEach(f -> out.add(new FindingEvent(FindingEvent.Kind.RAISED, f, asOf)));
        return List.copyOf(out);
    }

    static List<FindingEvent> events(List<Finding> before, List<Finding> after, LocalDate asOf) {
        Set<Finding> was = new HashSet<>(before);
        Set<Finding> is = new HashSet<>(after);
        List<FindingEvent> out = new ArrayList<>();
        for (Finding f : before) {
            if (!is.contains(f)) {
                out.add(new FindingEvent(FindingEvent.Kind.CLEARED, f, asOf));
            }
        }
        for (Finding f : after) {
            if (!was.contains(f)) {
                out.add(new FindingEvent(FindingEvent.Kind.RAISED, f, asOf));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Changes worked out against a dataset: the dataset after them, exactly as
     * {@link Dataset#toBuilder()} with the same additions, removals and replacements makes it,
     * and the operations on the session's records, naming the very instances the dataset drops.
     */
    record Edit(Dataset dataset, List<Op> ops, Set<RecordKind> kinds) {

        /** {@code listed} null: an addition; {@code record} null: a removal; both: a replacement. */
        record Op(RecordKind kind, Object listed, Object record) {
        }

        /** Each operation, in order, as {record removed or null, record added or null}. */
        List<Object[]> steps() {
            List<Object[]> out = new ArrayList<>(ops.size());
            ops.forEach(op -> out.add(new Object[] {op.listed(), op.record()}));
            return out;
        }

        /**
         * The ids whose records word findings' subjects that the change's context records touch:
         * an organization's, a person's, a host unit's id; the person of a membership or a post.
         */
        Set<String> contextIds() {
            Set<String> ids = new HashSet<>();
            for (Op op : ops) {
                if (Findings.CONTEXT.contains(op.kind())) {
                    contextId(op.listed(), ids);
                    contextId(op.record(), ids);
                }
            }
            return ids;
        }

        private static void contextId(Object record, Set<String> ids) {
            if (record instanceof org.dangjian.model.Organization o) {
                ids.add(o.id());
            } else if (record instanceof org.dangjian.model.Person p) {
                ids.add(p.id());
            } else if (record instanceof org.dangjian.model.HostUnit h) {
                ids.add(h.id());
            } else if (record instanceof org.dangjian.model.Membership m) {
                ids.add(m.personId());
            } else if (record instanceof org.dangjian.model.Position p) {
                ids.add(p.personId());
            }
        }

        /** The records added, and the replacements. */
        List<Object> came() {
            List<Object> out = new ArrayList<>();
            ops.forEach(op -> {
                if (op.record() != null) {
                    out.add(op.record());
                }
            });
            return out;
        }

        /**
         * The changes applied to a builder from {@code d}: a changed copy sharing all but what
         * changed with {@code d}, so that a change costs what it changes, not the district. The
         * builder gives back the very instance each removal and update drops.
         */
        static Edit of(Dataset d, List<Change> changes) {
            Dataset.Builder b = d.toBuilder();
            List<Op> ops = new ArrayList<>();
            Set<RecordKind> kinds = EnumSet.noneOf(RecordKind.class);
            for (Change c : changes) {
                if (c instanceof Change.Add a) {
                    RecordKind k = RecordKind.of(a.record());
                    b.add(a.record());
                    ops.add(new Op(k, null, a.record()));
                    kinds.add(k);
                } else if (c instanceof Change.Remove r) {
                    RecordKind k = RecordKind.of(r.record());
                    Object listed = b.removeFirst(r.record()).orElseThrow(() -> missing(r.record(), "remove"));
                    ops.add(new Op(k, listed, null));
                    kinds.add(k);
                } else if (c instanceof Change.Update u) {
                    RecordKind k = RecordKind.of(u.old());
                    Object listed = b.replaceFirst(u.old(), u.replacement()).orElseThrow(() -> missing(u.old(), "update"));
                    ops.add(new Op(k, listed, u.replacement()));
                    kinds.add(k);
                } else if (c instanceof Change.AsOf a) {
                    b.asOf(a.date());
                } else {
                    throw new IllegalArgumentException("unknown change " + c);
                }
            }
            return new Edit(b.build(), ops, kinds);
        }

        private static IllegalArgumentException missing(Object record, String verb) {
            return new IllegalArgumentException("cannot " + verb + " " + Records.describe(record)
                    + ": the dataset holds no record equal to it");
        }
    }
}
