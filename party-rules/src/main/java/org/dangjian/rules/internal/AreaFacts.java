package org.dangjian.rules.internal;

import java.lang.reflect.Modifier;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dangjian.rules.vocabulary.DatasetFact;
import org.dangjian.rules.vocabulary.MembershipFact;
import org.dangjian.rules.vocabulary.OrganizationFact;
import org.dangjian.rules.vocabulary.PersonFact;
import org.dangjian.rules.vocabulary.TopFact;

/**
 * The derived facts of a catalog area: the public records of the area's package that say their
 * partition key (they implement {@link OrganizationFact}, {@link MembershipFact},
 * {@link PersonFact}, {@link DatasetFact} or {@link TopFact}). What a deriver produces is read
 * from its package, never listed by hand: a new fact is a record in the area's package and the
 * line of the deriver that emits it.
 */
final class AreaFacts {

    private static final List<Class<?>> KEYS = List.of(
            OrganizationFact.class, MembershipFact.class, PersonFact.class, DatasetFact.class, TopFact.class);
    private static final Map<String, Set<Class<?>>> BY_PACKAGE = new ConcurrentHashMap<>();

    private AreaFacts() {
    }

    /** The facts of the package {@code type} belongs to. */
    static Set<Class<?>> beside(Class<?> type) {
        return BY_PACKAGE.computeIfAbsent(type.getPackageName(), p -> find(type));
    }

    private static Set<Class<?>> find(Class<?> type) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (String simple : ClassPathFolders.classesBeside(type)) {
            Class<?> c = load(type.getPackageName() + "." + simple, type.getClassLoader());
            if (fact(c)) {
                out.add(c);
            }
        }
        return Set.copyOf(out);
    }

    static boolean fact(Class<?> c) {
        return c.isRecord() && Modifier.isPublic(c.getModifiers()) && KEYS.stream().anyMatch(k -> k.isAssignableFrom(c));
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("a class file of party-rules does not load: " + name, e);
        }
    }
}
