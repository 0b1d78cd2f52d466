package org.dangjian.rules.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;

/**
 * A copy of a record of the dataset: a new instance, equal to it. A Drools session holds an
 * instance once however often it is inserted, so a listing of a record kept by value whose very
 * instance is a fact already goes in as a copy (rare: an instance listed twice).
 */
final class RecordCopies {

    private RecordCopies() {
    }

    /** A new instance equal to {@code record}, made by its canonical constructor. */
    static Object copy(Object record) {
        Class<?> type = record.getClass();
        RecordComponent[] components = type.getRecordComponents();
        if (components == null) {
            throw new IllegalArgumentException("not a record: " + type.getName());
        }
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                values[i] = components[i].getAccessor().invoke(record);
            }
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + type.getName(), e);
        }
    }
}
