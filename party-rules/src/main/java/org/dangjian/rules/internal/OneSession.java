package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.List;
import org.dangjian.rules.vocabulary.Raised;
import org.dangjian.rules.vocabulary.Unjudged;
import org.drools.core.common.InternalFactHandle;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.FactHandle;

/** One Drools session holding every fact: Drools' own fact handles are the handles. */
final class OneSession implements FactSessions {

    private final KieSession session;

    /** Over {@code session}, set up; findings told to {@code sink} unless it is null (a batch audit). */
    OneSession(KieSession session, RaisedSink sink) {
        this.session = session;
        if (sink != null) {
            session.addEventListener(new RaisedTracker(sink, null));
        }
    }

    @Override
    public Object insert(Object fact) {
        return session.insert(fact);
    }

    @Override
    public void update(Object handle, Object fact) {
        session.update((FactHandle) handle, fact);
    }

    @Override
    public void delete(Object handle) {
        session.delete((FactHandle) handle);
    }

    @Override
    public Object object(Object handle) {
        return ((InternalFactHandle) handle).getObject();
    }

    @Override
    public int fire(AgendaFilter filter, int limit) {
        return session.fireAllRules(filter, limit);
    }

    @Override
    public List<Raised> raised() {
        List<Raised> out = new ArrayList<>();
        for (Object o : session.getObjects(o -> o instanceof Raised)) {
            out.add((Raised) o);
        }
        return out;
    }

    @Override
    public List<Unjudged> unjudged() {
        return unjudged(session);
    }

    /** The subjects {@code session} could not judge. */
    static List<Unjudged> unjudged(KieSession session) {
        List<Unjudged> out = new ArrayList<>();
        for (Object o : session.getObjects(o -> o instanceof Unjudged)) {
            out.add((Unjudged) o);
        }
        return out;
    }

    @Override
    public long factCount() {
        return session.getFactCount();
    }

    @Override
    public void close() {
        session.dispose();
    }
}
