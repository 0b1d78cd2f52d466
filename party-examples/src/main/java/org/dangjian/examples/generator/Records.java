package org.dangjian.examples.generator;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Copies of dataset records with one field changed, by the field's name as the contract spells it:
 * {@code with(org, "serviceAreaSqm", null)}. A plain value is wrapped where the record holds an
 * {@code Optional}, {@code OptionalInt} or {@code OptionalDouble}; {@code null} makes it absent.
 */
final class Records {

    private Records() {
    }

    @SuppressWarnings("unchecked")
    static <T extends Record> T with(T record, String field, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                if (c.getName().equals(field)) {
                    args[i] = wrap(c.getType(), value);
                    found = true;
                } else {
                    args[i] = c.getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no field " + field);
            }
            Constructor<?> k = record.getClass().getDeclaredConstructor(types);
            return (T) k.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot copy " + record, e);
        }
    }

    private static Object wrap(Class<?> type, Object value) {
        if (type == Optional.class) {
            return value instanceof Optional<?> o ? o : Optional.ofNullable(value);
        }
        if (type == OptionalInt.class) {
            return value == null ? OptionalInt.empty() : value instanceof OptionalInt o ? o : OptionalInt.of((Integer) value);
        }
        if (type == OptionalDouble.class) {
            return value == null ? OptionalDouble.empty()
                    : value instanceof OptionalDouble o ? o : OptionalDouble.of(((Number) value).doubleValue());
        }
        return value;
    }
}
