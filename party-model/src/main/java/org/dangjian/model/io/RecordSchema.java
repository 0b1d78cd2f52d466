package org.dangjian.model.io;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.dangjian.model.MemberCategory;
import org.dangjian.model.Membership;
import org.dangjian.model.Training;

/**
 * The JSON shape of one record class, derived from its components.
 *
 * <p>The record components are named exactly as the contract's fields, so deriving the shape by
 * reflection keeps the reader and the writer in step with the records: a field added to a record
 * is read and written without touching this package.
 */
final class RecordSchema {

    /** The JSON type of a field's value. */
    enum ValueType { STRING, DATE, MONTH, INT, NUMBER, BOOLEAN, ENUM, STRING_LIST, OBJECT }

    /** How the record holds the value. */
    enum Holder { PLAIN, OPTIONAL, OPTIONAL_INT, OPTIONAL_DOUBLE }

    /**
     * One field. {@code defaultValue} is what an absent optional field means (false for flags,
     * DIRECT for a member's category); the writer omits a value equal to it.
     */
    record Field(String name, ValueType type, Holder holder, boolean required,
                 Optional<Object> defaultValue, Class<?> valueClass, Method accessor) {

        Optional<RecordSchema> nested() {
            return type == ValueType.OBJECT ? Optional.of(of(valueClass)) : Optional.empty();
        }

        /** The value as the record holds it, unwrapped; empty when absent or equal to the default. */
        Optional<Object> valueToWrite(Object record) {
            Object v = get(record);
            Optional<Object> plain = switch (holder) {
                case PLAIN -> Optional.of(v);
                case OPTIONAL -> ((Optional<?>) v).map(x -> x);
                case OPTIONAL_INT -> ((OptionalInt) v).isPresent()
                        ? Optional.of(((OptionalInt) v).getAsInt()) : Optional.empty();
                case OPTIONAL_DOUBLE -> ((OptionalDouble) v).isPresent()
                        ? Optional.of(((OptionalDouble) v).getAsDouble()) : Optional.empty();
            };
            return plain.filter(x -> defaultValue.isEmpty() || !defaultValue.get().equals(x));
        }

        Object get(Object record) {
            try {
                return accessor.invoke(record);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + name, e);
            }
        }

        /** Wraps a parsed value (or null when absent) the way the constructor takes it. */
        Object wrap(Object value) {
            if (value == null) {
                return defaultValue.orElse(null); // the records turn null optionals into empty ones
            }
            return switch (holder) {
                case PLAIN -> value;
                case OPTIONAL -> Optional.of(value);
                case OPTIONAL_INT -> OptionalInt.of((Integer) value);
                case OPTIONAL_DOUBLE -> OptionalDouble.of((Double) value);
            };
        }
    }

    private static final Map<Class<?>, RecordSchema> CACHE = new ConcurrentHashMap<>();

    /** Optional fields that are not {@code Optional}s in the record, with what absent means. */
    private static final Map<Class<?>, Map<String, Object>> DEFAULTS =
            Map.of(Membership.class, Map.of("category", MemberCategory.DIRECT));

    /**
     * The flags the contract requires (not marked optional): always written, and a record without
     * one is refused. Every other {@code boolean} is an optional flag, absent meaning false.
     */
    private static final Map<Class<?>, Set<String>> REQUIRED_FLAGS = Map.of(Training.class, Set.of("centralized"));

    private final Class<?> type;
    private final List<Field> fields;
    private final Map<String, Integer> indexByName;
    private final Constructor<?> constructor;
    /**
     * What the reader needs of each field at every value, worked out once: the names (the parser's
     * are interned, so mostly compared by identity), the kind of text, whether its values are
     * shared, whether a whole number is a year, and an enum's constants by name.
     */
    private final String[] names;
    private final FieldBounds.TextKind[] textKinds;
    private final boolean[] sharedText;
    private final boolean[] years;
    private final List<Map<String, Object>> enumConstants;
    /** Per field, the {@link SharedValues#referenceBit} of the kind it names, 0 if none (as {@link ReferenceChecks} sees it). */
    private final int[] referenceBits;

    private RecordSchema(Class<?> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        List<Field> list = new ArrayList<>();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        Map<String, Object> defaults = DEFAULTS.getOrDefault(type, Map.of());
        for (int i = 0; i < components.length; i++) {
            list.add(field(components[i], defaults));
            parameterTypes[i] = components[i].getType();
        }
        this.fields = List.copyOf(list);
        this.indexByName = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            indexByName.put(fields.get(i).name(), i);
        }
        this.names = new String[fields.size()];
        this.textKinds = new FieldBounds.TextKind[fields.size()];
        this.sharedText = new boolean[fields.size()];
        this.years = new boolean[fields.size()];
        List<Map<String, Object>> constants = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            names[i] = f.name().intern();
            textKinds[i] = FieldBounds.textKind(f.name());
            sharedText[i] = SharedValues.shared(type, f.name());
            years[i] = FieldBounds.isYear(f.name());
            Map<String, Object> byName = new HashMap<>();
            if (f.type() == ValueType.ENUM) {
                for (Object c : f.valueClass().getEnumConstants()) {
                    byName.put(((Enum<?>) c).name(), c);
                }
            }
            constants.add(Map.copyOf(byName));
        }
        this.enumConstants = List.copyOf(constants);
        this.referenceBits = new int[fields.size()];
        boolean aKind = java.util.Arrays.stream(org.dangjian.model.RecordKind.values()).anyMatch(k -> k.type() == type);
        for (int i = 0; i < fields.size() && aKind; i++) {
            org.dangjian.model.RecordKind target = ReferenceChecks.TARGETS.get(fields.get(i).name());
            referenceBits[i] = target == null ? 0 : SharedValues.referenceBit(target);
        }
        try {
            this.constructor = type.getDeclaredConstructor(parameterTypes);
            this.constructor.setAccessible(true); // checked once here, not at each of millions of records
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    static RecordSchema of(Class<?> recordType) {
        return CACHE.computeIfAbsent(recordType, RecordSchema::new);
    }

    Class<?> type() {
        return type;
    }

    List<Field> fields() {
        return fields;
    }

    /** The position of the field called {@code name}, or -1. */
    int indexOf(String name) {
        return indexByName.getOrDefault(name, -1);
    }

    /** The same, trying {@code guess} first (fields mostly come in the order the writer writes them). */
    int indexOf(String name, int guess) {
        return guess < names.length && names[guess] == name ? guess : indexOf(name);
    }

    FieldBounds.TextKind textKind(int field) {
        return textKinds[field];
    }

    /** Whether the string values of {@code field} are shared through {@link SharedValues}. */
    boolean sharedText(int field) {
        return sharedText[field];
    }

    /** The {@link SharedValues#referenceBit} of the kind {@code field} names by id, or 0. */
    int referenceBit(int field) {
        return referenceBits[field];
    }

    /** Whether the whole number of {@code field} is a year. */
    boolean isYear(int field) {
        return years[field];
    }

    /** The constant of the enum field {@code field} named {@code name}, or null. */
    Object enumConstant(int field, String name) {
        return enumConstants.get(field).get(name);
    }

    /** Builds the record from parsed values in field order (null = absent). */
    Object construct(Object[] values) {
        return construct(values, null);
    }

    /** The same, the Optionals of shared values shared too (when {@code shared} is given). */
    Object construct(Object[] values, SharedValues shared) {
        Object[] args = values; // wrapped in place: the caller's array is not used again
        for (int i = 0; i < values.length; i++) {
            Field f = fields.get(i);
            args[i] = shared != null && f.holder() == Holder.OPTIONAL && values[i] != null && shared.isShared(values[i])
                    ? shared.optional(values[i]) : f.wrap(values[i]);
        }
        try {
            return constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private static Field field(RecordComponent c, Map<String, Object> defaults) {
        String name = c.getName();
        Class<?> raw = c.getType();
        Method accessor = c.getAccessor();
        if (raw == boolean.class) {
            if (REQUIRED_FLAGS.getOrDefault(c.getDeclaringRecord(), Set.of()).contains(name)) {
                return new Field(name, ValueType.BOOLEAN, Holder.PLAIN, true, Optional.empty(), Boolean.class, accessor);
            }
            return new Field(name, ValueType.BOOLEAN, Holder.PLAIN, false, Optional.of(false), Boolean.class, accessor);
        }
        if (raw == OptionalInt.class) {
            return new Field(name, ValueType.INT, Holder.OPTIONAL_INT, false, Optional.empty(), Integer.class, accessor);
        }
        if (raw == OptionalDouble.class) {
            return new Field(name, ValueType.NUMBER, Holder.OPTIONAL_DOUBLE, false, Optional.empty(), Double.class, accessor);
        }
        if (raw == Optional.class) {
            Type inner = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            if (inner instanceof ParameterizedType list && list.getRawType() == List.class) {
                return new Field(name, ValueType.STRING_LIST, Holder.OPTIONAL, false, Optional.empty(), List.class, accessor);
            }
            Class<?> innerClass = (Class<?>) inner;
            return new Field(name, typeOf(innerClass), Holder.OPTIONAL, false, Optional.empty(), innerClass, accessor);
        }
        Optional<Object> dflt = Optional.ofNullable(defaults.get(name));
        Class<?> boxed = raw == int.class ? Integer.class : raw == double.class ? Double.class : raw;
        return new Field(name, typeOf(raw), Holder.PLAIN, dflt.isEmpty(), dflt, boxed, accessor);
    }

    private static ValueType typeOf(Class<?> c) {
        if (c == String.class) {
            return ValueType.STRING;
        } else if (c == LocalDate.class) {
            return ValueType.DATE;
        } else if (c == YearMonth.class) {
            return ValueType.MONTH;
        } else if (c == int.class || c == Integer.class) {
            return ValueType.INT;
        } else if (c == double.class || c == Double.class) {
            return ValueType.NUMBER;
        } else if (c == Boolean.class) {
            return ValueType.BOOLEAN;
        } else if (c.isEnum()) {
            return ValueType.ENUM;
        } else if (c.isRecord()) {
            return ValueType.OBJECT;
        }
        throw new IllegalArgumentException("no JSON shape for " + c);
    }
}
