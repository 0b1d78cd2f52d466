package org.dangjian.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.dangjian.model.AuditPeriod;
import org.dangjian.model.ContactPoint;
import org.dangjian.model.Dataset;
import org.dangjian.model.HostUnit;
import org.dangjian.model.Membership;
import org.dangjian.model.Organization;
import org.dangjian.model.Person;
import org.dangjian.model.Position;
import org.dangjian.model.RecordKind;
import org.dangjian.model.ReserveCadre;
import org.dangjian.rules.vocabulary.cadence.Cadence;
import org.dangjian.rules.vocabulary.cadres.ContactPointDays;
import org.dangjian.rules.vocabulary.OrgProfile;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.SortedIds;
import org.dangjian.rules.vocabulary.Unjudged;
import org.drools.model.Drools;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The one way a rule's action raises a finding: the global {@code findings} of every DRL file.
 * It reads the rule's metadata (id, severity, titles, clause), resolves the subject's name and
 * organization, and inserts the finding logically, so it is retracted when its cause is fixed.
 *
 * <pre>
 * then
 *     findings.raise(drools, $post, $t.hours(), atLeast($p.num("trn.secretaryMinHours")));
 * </pre>
 *
 * <p>A finding in a period that has not ended by {@code asOf} (an annual requirement judged
 * mid-year) is a progress finding: severity INFO, marked {@code progress}.
 */
public final class Findings {

    /** The record kinds that subjects' names and organizations are read from (not the facts a rule matched). */
    static final Set<RecordKind> CONTEXT = java.util.EnumSet.of(RecordKind.ORGANIZATIONS, RecordKind.HOST_UNITS,
            RecordKind.PEOPLE, RecordKind.MEMBERSHIPS, RecordKind.POSITIONS);

    /** A cadence table counts activities: 实际0次，要求不少于1次. */
    static final Unit CADENCE_UNIT = Unit.of("次").orElseThrow();

    private volatile Dataset dataset;
    /** Live audits only: how each finding in the session was raised (null in a batch audit). */
    private Map<Raised, Set<Origin>> origins;
    /** Live audits: the findings whose subject reads the records of an id ({@link #dependency}). */
    private Map<String, Set<Raised>> dependents;
    /**
     * Live audits: the findings of {@link #origins} with a period, by the day it ends. A move of
     * {@code asOf} words again only those whose period ended between the two days: a few days'
     * findings looked up, not every finding's period compared (a fifth of an ordinary day's move
     * at 100,000 members was that comparison).
     */
    private Map<LocalDate, Set<Raised>> byPeriodEnd;

    /** Findings for an audit of {@code dataset}; the engine makes one per session. */
    public Findings(Dataset dataset) {
        this.dataset = dataset;
    }

    /** For the engine, not callers: a live audit moves to a changed dataset (names, {@code asOf}). */
    public void use(Dataset changed) {
        this.dataset = changed;
    }

    /**
     * For the engine, not callers. Live audits: remember how each finding was raised. A finding's subject name and
     * organization are read from the dataset's {@link #CONTEXT} records and its progress from
     * {@code asOf} when it is raised, not from the facts the rule matched, so a change of those
     * can outdate a finding whose rule does not fire again; {@link #outdated} tells.
     */
    public void trackOrigins() {
        this.origins = new HashMap<>();
        this.dependents = new HashMap<>();
        this.byPeriodEnd = new HashMap<>();
    }

    /**
     * Whether a finding of {@code current} (those now in the session) would be raised otherwise
     * against the dataset now in use: another subject name, organization or subject type, or
     * progress that has ended with a move of {@code asOf}. Forgets the origins of findings no
     * longer raised.
     */
    public boolean outdated(Collection<Raised> current) {
        forgetOrigins(current);
        for (Map.Entry<Raised, Set<Origin>> e : origins.entrySet()) {
            if (outdated(e.getKey(), e.getValue())) {
                return true;
            }
        }
        return false;
    }

    /**
     * For the engine, not callers. Live audits: the subjects (the records or derived facts a
     * rule named) {@code r} was raised from, as remembered while it is raised anywhere; empty if
     * none is.
     */
    public synchronized List<Object> raisedFrom(Raised r) {
        Set<Origin> from = origins == null ? null : origins.get(r);
        if (from == null) {
            return List.of();
        }
        List<Object> out = new java.util.ArrayList<>(from.size());
        from.forEach(o -> out.add(o.subject()));
        return out;
    }

    /** Forgets the origins of the findings no longer raised, and who depends on them. */
    private void forgetOrigins(Collection<Raised> current) {
        origins.keySet().retainAll(current instanceof Set<?> ? current : new java.util.HashSet<>(current));
        dependents.values().forEach(set -> set.retainAll(origins.keySet()));
        dependents.values().removeIf(Set::isEmpty);
        byPeriodEnd.values().forEach(set -> set.retainAll(origins.keySet()));
        byPeriodEnd.values().removeIf(Set::isEmpty);
    }

    /**
     * The same for a change that did not move {@code asOf} and changed context records naming
     * only {@code ids} (organizations, people and host units by id, people whose memberships or
     * posts changed): only the findings whose subject reads one of them are worded again, so a
     * change costs what it touches, not the number of findings. The origins of findings no longer
     * raised are forgotten once they outnumber those raised.
     */
    public boolean outdated(Set<Raised> current, Collection<String> ids) {
        if (origins.size() > 2 * current.size() + 64) {
            return outdated(current); // prunes
        }
        for (String id : ids) {
            for (Raised r : dependents.getOrDefault(id, Set.of())) {
                Set<Origin> o = origins.get(r);
                if (o != null && current.contains(r) && outdated(r, o)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The same for a move of {@code asOf} from {@code from} to the dataset's now in use, the
     * context records as they were: of a finding's wording only its progress reads {@code asOf}
     * (its period not ended), so only the findings whose period ended between the two days, or
     * had not yet ended on the later one moving back, are worded again. The origins of findings
     * no longer raised are forgotten once they outnumber those raised.
     */
    public boolean outdated(Set<Raised> current, LocalDate from) {
        if (origins.size() > 2 * current.size() + 64) {
            forgetOrigins(current);
        }
        LocalDate to = dataset.asOf();
        for (Map.Entry<LocalDate, Set<Raised>> e : byPeriodEnd.entrySet()) {
            LocalDate end = e.getKey();
            if (end.isAfter(from) == end.isAfter(to)) {
                continue; // ended on both days, or on neither: the progress reads the same
            }
            for (Raised r : e.getValue()) {
                Set<Origin> o = origins.get(r);
                if (o != null && current.contains(r) && outdated(r, o)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean outdated(Raised r, Set<Origin> raisedFrom) {
        for (Origin o : raisedFrom) {
            if (!raised(r, subjectOf(o), o.severity()).equals(r)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The id whose records word a subject the rule named (a person's name and organization, or
     * whatever an id names), or null for a subject worded from the record named alone.
     */
    private static String dependency(Object named) {
        if (named instanceof Membership m) {
            return m.personId();
        } else if (named instanceof Position p) {
            return p.personId();
        } else if (named instanceof ReserveCadre r) {
            return r.personId();
        } else if (named instanceof ContactPoint c) {
            return c.personId();
        } else if (named instanceof ContactPointDays c) {
            return c.personId();
        } else if (named instanceof Person p) {
            return p.id();
        } else if (named instanceof String id) {
            return id;
        }
        return null;
    }

    /** How a finding was raised: the subject the rule named, and the rule's (or escalated) severity. */
    private record Origin(Object subject, boolean preferOrganization, Severity severity) {
    }

    private Subject subjectOf(Origin o) {
        return o.preferOrganization() ? subjectOf((String) o.subject(), true) : subjectOf(o.subject());
    }

    /** {@code r} raised on {@code subject} against the dataset in use: progress is judged from {@code asOf}. */
    private Raised raised(Raised r, Subject subject, Severity severity) {
        boolean progress = r.period().map(p -> p.end().isAfter(dataset.asOf())).orElse(false);
        return new Raised(r.ruleId(), progress ? Severity.INFO : severity, subject.id(), subject, r.period(),
                r.measured(), r.expected(), r.evidence(), r.title(), r.titleEn(), r.clause(), progress, r.unit());
    }

    /** Raises a finding on {@code subject} with no period. */
    public void raise(Drools drools, Object subject, Object measured, Object expected) {
        on(drools, subject).measured(measured).expected(expected).raise();
    }

    /** Raises a finding on {@code subject} for {@code period}. */
    public void raise(Drools drools, Object subject, AuditPeriod period, Object measured, Object expected) {
        on(drools, subject).period(period).measured(measured).expected(expected).raise();
    }

    /**
     * Records that the rule could not judge {@code subject}: the dataset leaves out {@code fields}
     * it needs (a field left out is unknown, not 0 or false). The report lists the subject under
     * the rule's subjects not judged; no finding is raised.
     *
     * <pre>
     * then
     *     findings.notJudged(drools, $o, "serviceAreaSqm");
     * </pre>
     */
    public void notJudged(Drools drools, Object subject, String... fields) {
        RuleContext rule = context(drools);
        rule.insertLogical(new Unjudged(meta(rule.getRule().getMetaData(), "id"), subjectOf(subject),
                List.of(fields)));
    }

    /** Starts a finding on {@code subject}, for rules that add evidence or escalate severity. */
    public Builder on(Drools drools, Object subject) {
        return new Builder(context(drools), subject, false);
    }

    /**
     * Records that a cadence row could not judge {@code orgId}: whether it belongs to the row's
     * scope is unknown, the dataset leaving out {@code field} (e.g. {@code hasCommittee}).
     */
    public void cadenceNotJudged(Drools drools, Cadence row, String orgId, String field) {
        RuleContext context = context(drools);
        if (!"cadence".equals(meta(context.getRule().getMetaData(), "mechanism"))) {
            throw new IllegalStateException("only a rule with @mechanism(\"cadence\") lists cadence subjects not judged");
        }
        context.insertLogical(new Unjudged(row.id(), subjectOf(orgId, true), List.of(field)));
    }

    /** Raises a finding of a cadence row: {@code orgId} held {@code measured} activities in {@code period}. */
    public void cadence(Drools drools, Cadence row, String orgId, AuditPeriod period, int measured) {
        RuleContext context = context(drools);
        // A finding's rule ID is the firing rule's; only the cadence mechanism raises under a row's ID.
        if (!"cadence".equals(meta(context.getRule().getMetaData(), "mechanism"))) {
            throw new IllegalStateException("only a rule with @mechanism(\"cadence\") raises cadence findings");
        }
        Builder b = new Builder(context, orgId, true);
        b.ruleId = row.id();
        b.severity = row.severity();
        b.title = row.title();
        b.titleEn = row.titleEn();
        b.clause = row.clause();
        b.unit = CADENCE_UNIT;
        b.period(period).measured(measured).expected(Expect.atLeast(row.minimum()))
                .evidence("missedPeriod", List.of(period.label()))
                .evidence("activityType", List.of(row.activityType().name()))
                .raise();
    }

    /**
     * The firing rule's context: the executable model passes its {@code Drools}, which is one (a
     * pack cannot make another: the pack check refuses the types).
     */
    private static RuleContext context(Drools drools) {
        return (RuleContext) drools;
    }

    /** The subject a rule names: an organization, host unit, person, membership, post … */
    Subject subjectOf(Object s) {
        if (s instanceof Subject subject) {
            return subject;
        } else if (s instanceof Organization o) {
            return Subject.organization(o.id(), o.name());
        } else if (s instanceof OrgProfile o) {
            return Subject.organization(o.orgId(), o.name());
        } else if (s instanceof HostUnit h) {
            return Subject.hostUnit(h.id(), h.name(),
                    h.ownOrganizationId().or(h::supervisingOrganizationId).orElse(""));
        } else if (s instanceof Membership m) {
            return person(m.personId(), m.organizationId());
        } else if (s instanceof Position p) {
            return person(p.personId(), p.organizationId());
        } else if (s instanceof ReserveCadre r) {
            // The report contract: a person belongs to their membership's or post's organization.
            return person(r.personId(), belonging(r.personId()).orElse(r.organizationId()));
        } else if (s instanceof ContactPoint c) {
            return person(c.personId(), belonging(c.personId()).orElse(c.organizationId()));
        } else if (s instanceof ContactPointDays c) {
            return person(c.personId(), belonging(c.personId()).orElse(c.firstOrganizationId()));
        } else if (s instanceof Person p) {
            return person(p.id(), null);
        } else if (s instanceof String id) {
            return subjectOf(id, false);
        }
        throw new IllegalArgumentException("cannot raise a finding on " + s.getClass().getSimpleName()
                + ": name an organization, host unit, person, membership, post or Subject");
    }

    private Subject subjectOf(String id, boolean preferOrganization) {
        Optional<Organization> org = dataset.organization(id);
        if (org.isPresent() && (preferOrganization || dataset.person(id).isEmpty())) {
            return Subject.organization(id, org.get().name());
        }
        if (dataset.person(id).isPresent()) {
            return person(id, null);
        }
        return dataset.hostUnit(id).map(h -> subjectOf((Object) h))
                .orElse(Subject.organization(id, id));
    }

    private Subject person(String personId, String organizationId) {
        String name = dataset.person(personId).map(Person::name).orElse(personId);
        String org = organizationId != null ? organizationId : belonging(personId).orElse("");
        return Subject.person(personId, name, org);
    }

    /** The membership's organization, else a post's (the first by id, so never by input order). */
    private Optional<String> belonging(String personId) {
        return dataset.membershipOf(personId).map(Membership::organizationId)
                .or(() -> dataset.positionsHeldBy(personId).stream().map(Position::organizationId)
                        .min(java.util.Comparator.naturalOrder()));
    }

    /** A finding under construction; {@link #raise()} inserts it. */
    public final class Builder {
        private final RuleContext drools;
        private final Object named;
        private final boolean preferOrganization;
        private final Subject subject;
        private String ruleId;
        private Severity severity;
        private String title;
        private String titleEn;
        private String clause;
        private Unit unit;
        private AuditPeriod period;
        private Object measured;
        private Expected expected;
        private final TreeMap<String, List<String>> evidence = new TreeMap<>();

        private Builder(RuleContext drools, Object named, boolean preferOrganization) {
            this.drools = drools;
            this.named = named;
            this.preferOrganization = preferOrganization;
            this.subject = preferOrganization ? subjectOf((String) named, true) : subjectOf(named);
            Map<String, Object> meta = drools.getRule().getMetaData();
            this.ruleId = meta(meta, "id");
            String sev = meta(meta, "severity");
            this.severity = sev.isEmpty() ? Severity.MEDIUM : Severity.parse(sev);
            // A rule's @message (its finding's sentence, {measured} and {criteria} in place) when it
            // has one, else its @title followed by what was measured and expected.
            String message = meta(meta, "message");
            String messageEn = meta(meta, "messageEn");
            this.title = message.isEmpty() ? meta(meta, "title") : message;
            this.titleEn = messageEn.isEmpty() ? meta(meta, "titleEn") : messageEn;
            this.clause = meta(meta, "clause");
            this.unit = Unit.of(meta(meta, "unit")).orElse(Unit.NONE);
        }

        /** The period judged. */
        public Builder period(AuditPeriod p) {
            this.period = p;
            return this;
        }

        /** The value found: a number or a text. */
        public Builder measured(Object value) {
            this.measured = value;
            return this;
        }

        /**
         * The value required: an {@link Expected} from {@link Expect} ({@code atLeast($p,
         * "trn.secretaryMinHours")}), a number (exactly that), or a code such as {@code ">= 56"}.
         */
        public Builder expected(Object value) {
            this.expected = value == null ? null
                    : value instanceof Expected e ? e
                    : value instanceof Number n ? Expect.exactly(n.doubleValue())
                    : Expected.parse(value.toString());
            return this;
        }

        /** Records behind the finding under {@code key}, e.g. the members of a ratio's numerator. */
        public Builder evidence(String key, Collection<?> values) {
            // Sorted once: a fact's SortedIds (a cohort's members) is kept as it is, not copied.
            evidence.put(key, SortedIds.copyOf(values));
            return this;
        }

        /** One record behind the finding under {@code key}. */
        public Builder evidence(String key, Object value) {
            return evidence(key, List.of(value));
        }

        /** A severity other than the rule's own, for a rule that escalates (ORG-005). */
        public Builder severity(Severity s) {
            this.severity = s;
            return this;
        }

        /** Inserts the finding, justified by the rule's match. */
        public void raise() {
            Unit measure = expected != null && !expected.unit().none() ? expected.unit() : unit;
            Raised r = raised(new Raised(ruleId, severity, subject.id(), subject, Optional.ofNullable(period),
                    Optional.ofNullable(normalize(measured)), Optional.ofNullable(expected).map(e -> e.orUnit(unit)),
                    new TreeMap<>(evidence), title, titleEn, clause, false, measure), subject, severity);
            if (origins != null) {
                // A live audit in groups opens several groups' sessions at once, on threads of
                // their own, all raising through this one Findings: the origins are shared.
                synchronized (Findings.this) {
                    remember(r);
                }
            }
            drools.insertLogical(r);
        }

        /** Remembers how {@code r} was raised, unless it was raised so before. */
        private void remember(Raised r) {
            Set<Origin> from = origins.get(r);
            if (from != null && known(from)) {
                // Raised again from the very subject record, as when a move of asOf re-evaluates a
                // rule joined to the audit year (tens of thousands of findings a day): the origin
                // and its dependency are held already, and hashing the subject record again (a
                // membership's every field) was a third of such a raise.
                return;
            }
            if (from == null) {
                from = new java.util.HashSet<>(2);
                origins.put(r, from);
                r.period().ifPresent(p -> byPeriodEnd.computeIfAbsent(p.end(), k -> new java.util.HashSet<>()).add(r));
            }
            from.add(new Origin(named, preferOrganization, severity));
            String id = dependency(named);
            if (id != null) {
                dependents.computeIfAbsent(id, k -> new java.util.HashSet<>(2)).add(r);
            }
        }

        /** Whether {@code from} holds this raise's origin: the same subject instance, preference and severity. */
        private boolean known(Set<Origin> from) {
            for (Origin o : from) {
                if (o.subject() == named && o.preferOrganization() == preferOrganization && o.severity() == severity) {
                    return true;
                }
            }
            return false;
        }
    }

    private static Object normalize(Object measured) {
        if (measured instanceof Double || measured instanceof Float || measured instanceof BigDecimal) {
            double d = ((Number) measured).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return (long) d;
            }
            // Six places: a value just below a threshold (9.99997 < 10) must not print as the threshold.
            return BigDecimal.valueOf(d).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().doubleValue();
        }
        if (measured instanceof Integer i) {
            return i.longValue();
        }
        if (measured instanceof LocalDate || measured instanceof Enum<?>) {
            return measured.toString();
        }
        return measured;
    }

    /** For the engine, not callers: a rule's metadata value as text (empty when absent). */
    public static String meta(Map<String, Object> meta, String key) {
        Object v = meta.get(key);
        if (v == null) {
            return "";
        }
        String s = v.toString().strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
            s = s.substring(1, s.length() - 1);
        }
        return s;
    }
}
