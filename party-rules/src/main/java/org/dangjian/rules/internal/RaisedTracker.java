package org.dangjian.rules.internal;

import java.util.Map;
import org.dangjian.rules.vocabulary.Raised;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Follows findings as truth maintenance inserts and retracts them in one Drools session, and
 * tells a {@link FactSessions.RaisedSink}. Findings given to the session as facts ({@code given},
 * by identity: a group's findings in the top's session) are not the session's own and are not told.
 */
final class RaisedTracker implements RuleRuntimeEventListener {

    private final FactSessions.RaisedSink sink;
    private final Map<Object, ?> given;

    RaisedTracker(FactSessions.RaisedSink sink, Map<Object, ?> given) {
        this.sink = sink;
        this.given = given;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        tell(event.getObject(), 1);
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        tell(event.getOldObject(), -1);
        tell(event.getObject(), 1);
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        tell(event.getOldObject(), -1);
    }

    private void tell(Object o, int delta) {
        if (o instanceof Raised r && (given == null || !given.containsKey(o))) {
            sink.changed(r, delta);
        }
    }
}
