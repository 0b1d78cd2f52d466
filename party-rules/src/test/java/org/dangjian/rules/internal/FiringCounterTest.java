package org.dangjian.rules.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.reflect.Proxy;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.runtime.rule.Match;
import org.junit.jupiter.api.Test;

/**
 * The rule firing is each thread's own: groups fired at once on two threads, one failing, name
 * the failing thread's rule, not the other's.
 */
class FiringCounterTest {

    @Test
    void eachThreadKnowsTheRuleItFires() throws InterruptedException {
        FiringCounter counter = new FiringCounter();
        counter.beforeMatchFired(event(BeforeMatchFiredEvent.class, "failing rule"));
        Thread other = new Thread(() -> counter.beforeMatchFired(event(BeforeMatchFiredEvent.class, "other rule")));
        other.start();
        other.join();
        assertEquals("failing rule", counter.firing());
        counter.afterMatchFired(event(AfterMatchFiredEvent.class, "failing rule"));
        assertNull(counter.firing(), "a rule whose action ended is not firing");
        assertEquals("failing rule", counter.busiest());
    }

    /** An event of {@code type} whose match is of the rule named {@code name}. */
    private static <T> T event(Class<T> type, String name) {
        Rule rule = proxy(Rule.class, "getName", name);
        Match match = proxy(Match.class, "getRule", rule);
        return proxy(type, "getMatch", match);
    }

    private static <T> T proxy(Class<T> type, String method, Object value) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            if (m.getName().equals(method)) {
                return value;
            }
            throw new UnsupportedOperationException(m.getName());
        }));
    }
}
