package org.dangjian.rules.internal;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dangjian.model.Dataset;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;

/**
 * What an audit that runs outside one JVM (party-spark) needs of an engine beyond its API: its
 * compiled pack, the plan of an audit, and the report from the findings raised elsewhere. The
 * engine hands its implementation over when its class is initialized, so that these stay out of
 * the API ({@code org.dangjian.rules}) and callers reach them only through this internal package.
 */
public abstract class EngineAccess {

    private static volatile EngineAccess access;

    /** For {@link ComplianceEngine} only: once. */
    public static void set(EngineAccess a) {
        synchronized (EngineAccess.class) {
            if (access != null) {
                throw new IllegalStateException("the engine's access is set once");
            }
            access = Objects.requireNonNull(a);
        }
    }

    /** The engine's access (initializing the engine's class if it was not). */
    public static EngineAccess get() {
        if (access == null) {
            try {
                Class.forName(ComplianceEngine.class.getName(), true, ComplianceEngine.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("the engine's class is where this one is", e);
            }
        }
        return access;
    }

    /** The compiled pack of {@code engine}. */
    public abstract CompiledPack compiled(ComplianceEngine engine);

    /**
     * What an audit of a dataset as of {@code asOf} offering {@code available} inputs evaluates (the
     * rules in force that day), and with which thresholds.
     */
    public abstract AuditSession.Plan plan(ComplianceEngine engine, java.time.LocalDate asOf, Set<String> available,
                                           AuditOptions options);

    /**
     * The report of an audit of {@code dataset} whose sessions raised {@code raised} and could not
     * judge {@code unjudged}: merged and ordered as {@link ComplianceEngine#audit} does. The
     * subjects keep the names their sessions gave them (each session held its subjects' records),
     * so {@code dataset} need hold no more than the top's.
     */
    public abstract AuditReport report(ComplianceEngine engine, Dataset dataset, AuditOptions options,
                                       AuditSession.Plan plan, List<Raised> raised, Collection<Unjudged> unjudged);
}
