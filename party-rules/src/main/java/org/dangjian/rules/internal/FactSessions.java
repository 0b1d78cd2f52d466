package org.dangjian.rules.internal;

import java.util.List;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;
import org.kie.api.runtime.rule.AgendaFilter;

/**
 * The rule engine's side of an {@link AuditSession}: where its facts are inserted, updated and
 * deleted, and its rules fired. One Drools session ({@link OneSession}), or one per group of
 * organization subtrees with only a few open at a time ({@link GroupSessions}). Facts are known by
 * handles this side gives (opaque to the caller), so that a fact can be held while the session it
 * belongs to is closed.
 */
interface FactSessions {

    /** Inserts {@code fact}; returns its handle. */
    Object insert(Object fact);

    /** Makes the fact of {@code handle} be {@code fact} (a new instance of the same record or fact). */
    void update(Object handle, Object fact);

    /** Deletes the fact of {@code handle}. */
    void delete(Object handle);

    /** The fact a handle holds now: the instance inserted, or the one it was last updated to. */
    Object object(Object handle);

    /**
     * Fires the rules {@code filter} lets through, at most {@code limit} firings per session;
     * returns the most firings any one session made (above {@code limit - 1}: a rule that loops).
     */
    int fire(AgendaFilter filter, int limit);

    /** The findings raised, one per instance. */
    List<Raised> raised();

    /** The subjects the rules could not judge, one per instance. */
    List<Unjudged> unjudged();

    /** The facts the sessions open now hold. */
    long factCount();

    /** Frees the sessions. */
    void close();

    /** Told of each finding inserted (+1) or deleted (-1) by truth maintenance. */
    interface RaisedSink {
        void changed(Raised raised, int delta);
    }
}
