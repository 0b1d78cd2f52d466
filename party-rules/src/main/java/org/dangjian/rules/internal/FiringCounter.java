package org.dangjian.rules.internal;

import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * Counts firings per rule, to name the rule that keeps firing, and knows the rule whose action is
 * running, to name the rule that failed. Concurrent: a live audit in groups fires several groups'
 * sessions at once when it opens them ({@link GroupSessions}); their threads fire the same rules,
 * so a count is an adder, and the rule firing is each thread's own (one value for all named the
 * other thread's rule when two fired at once and one failed).
 */
final class FiringCounter extends DefaultAgendaEventListener {

    final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    /** The rule whose action is running on this thread (left set when the action throws). */
    private final ThreadLocal<String> firing = new ThreadLocal<>();

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing.set(event.getMatch().getRule().getName());
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing.remove();
        counts.computeIfAbsent(event.getMatch().getRule().getName(), k -> new LongAdder()).increment();
    }

    /** The rule whose action is running, or last ran and threw, on the calling thread; null if none. */
    String firing() {
        return firing.get();
    }

    String busiest() {
        return counts.entrySet().stream().max(Comparator.comparingLong(e -> e.getValue().sum()))
                .map(Map.Entry::getKey).orElse("?");
    }

    /** The rules that fired most, with their counts: a loop of two rules names both. */
    String top(int n) {
        return String.join(", ", counts.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, LongAdder>>comparingLong(e -> -e.getValue().sum())
                        .thenComparing(Map.Entry::getKey))
                .limit(n).map(e -> "\"" + e.getKey() + "\" " + e.getValue().sum() + "×").toList());
    }
}
