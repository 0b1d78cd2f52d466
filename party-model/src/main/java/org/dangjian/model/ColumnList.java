package org.dangjian.model;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;

/**
 * A list of records kept as parallel arrays of their fields (one array per field, a "column"),
 * materializing a record on {@link #get}. Why: a million-member dataset holds tens of millions of
 * dues payments, trainings and activities; as objects each costs a header, an array slot and
 * boxed fields (about 36 bytes for a dues payment), as columns about 20. Records are equal, not
 * identical, from one {@code get} to the next.
 *
 * <p>While building it grows like an {@code ArrayList} and supports {@code set} and
 * {@code remove} (the builder's {@code replace} and {@code remove}); {@link #frozen()} makes the
 * immutable list a {@link Dataset} holds. Arrays are shared between a frozen list and the lists
 * made from it ({@link #sharing()}) and copied on the first write, so a builder derived from a
 * dataset costs nothing until it changes a kind.
 *
 * <p>A record whose values do not fit the columns (a date millions of years away) is kept whole
 * in an extra column, allocated only when such a record comes, so any record round-trips exactly.
 */
abstract class ColumnList<T> extends AbstractList<T> implements RandomAccess {

    private int size;
    /** The length of every column; the subclasses' columns start empty. */
    private int capacity;
    private boolean frozen;
    /** The arrays are also another list's: copy them before writing. */
    private boolean shared;
    /** Records kept whole because they do not fit the columns; null until one comes. */
    private Object[] whole;

    /** Every column (one array per field), in a fixed order. */
    abstract Object[] columns();

    /** Takes {@code arrays}, in the order of {@link #columns()}, as this list's columns. */
    abstract void columns(Object[] arrays);

    /** An empty list of the same kind, to be given columns. */
    abstract ColumnList<T> empty();

    /** Whether {@code record}'s values fit the columns. */
    abstract boolean fits(T record);

    abstract void write(int i, T record);

    abstract T read(int i);

    /**
     * Whether a record given as its components ({@link #addComponents}) fits the columns; when it
     * does not, {@link #record} makes it, to be kept whole.
     */
    abstract boolean fitsComponents(Object[] components);

    /** Writes a record given as its components at {@code i}, as {@link #write} writes the record. */
    abstract void writeComponents(int i, Object[] components);

    /** The record of {@code components} (for one that does not fit the columns). */
    abstract T record(Object[] components);

    /** A field that tells records apart cheaply (an id), compared before materializing. */
    abstract Object key(int i);

    abstract Object keyOf(T record);

    /** The length of the columns (kept here: {@link #add} asks for it at every record). */
    private int capacity() {
        return capacity;
    }

    /**
     * Copies every column into a new array of {@code capacity}, one column at a time and handing
     * each over at once, so that a read never holds two copies of all its columns.
     */
    private void resize(int capacity) {
        Object[] cols = columns();
        for (int c = 0; c < cols.length; c++) {
            Object grown = java.lang.reflect.Array.newInstance(cols[c].getClass().getComponentType(), capacity);
            System.arraycopy(cols[c], 0, grown, 0, Math.min(capacity, java.lang.reflect.Array.getLength(cols[c])));
            cols[c] = grown;
            columns(cols);
        }
        this.capacity = capacity;
    }

    /** {@code System.arraycopy} on every column. */
    private void move(int from, int to, int length) {
        for (Object col : columns()) {
            System.arraycopy(col, from, col, to, length);
        }
    }

    /** Drops the references at {@code i}, so that removed values can be collected. */
    private void clear(int i) {
        for (Object col : columns()) {
            if (col instanceof Object[] refs) {
                refs[i] = null;
            }
        }
    }

    /** A new list over the same arrays. */
    private ColumnList<T> sameColumns() {
        ColumnList<T> c = empty();
        c.columns(columns());
        c.capacity = capacity;
        return c;
    }

    @Override
    public final T get(int i) {
        Objects.checkIndex(i, size);
        if (whole != null && whole[i] != null) {
            @SuppressWarnings("unchecked")
            T t = (T) whole[i];
            return t;
        }
        return read(i);
    }

    /**
     * The key of the record at {@code i} (an index's key: a training's person, an activity's
     * organization) without materializing it; a record kept whole gives its own.
     */
    final String keyAt(int i) {
        T t = wholeAt(i);
        return (String) (t != null ? keyOf(t) : key(i));
    }

    /** The record at {@code i} if it is kept whole, else null. */
    @SuppressWarnings("unchecked")
    final T wholeAt(int i) {
        return whole == null ? null : (T) whole[i];
    }

    @Override
    public final int size() {
        return size;
    }

    @Override
    public final boolean add(T record) {
        beforeWrite(size + 1);
        put(size++, record);
        modCount++;
        return true;
    }

    /**
     * Adds a record given as its components, in the order the record declares them: each as a
     * reader parsed it (a primitive boxed, an {@code Optional}'s content when present and
     * {@link Optional#empty()} when absent; a list of ids as a {@code List<String>}), without making
     * the record when it fits the columns. The array is not kept (a reader reuses it for the next
     * record).
     */
    /** A component of an {@code Optional} field: its content, or null (absent, as the columns keep it). */
    static Object content(Object component) {
        return component == Optional.empty() ? null : component;
    }

    final void addComponents(Object[] components) {
        if (!fitsComponents(components)) {
            add(record(components));
            return;
        }
        beforeWrite(size + 1);
        writeComponents(size, components);
        if (whole != null) {
            whole[size] = null;
        }
        size++;
        modCount++;
    }

    @Override
    public final boolean addAll(Collection<? extends T> records) {
        beforeWrite(size + records.size());
        for (T t : records) {
            put(size++, t);
        }
        modCount++;
        return !records.isEmpty();
    }

    @Override
    public final T set(int i, T record) {
        Objects.checkIndex(i, size);
        beforeWrite(size);
        T old = get(i);
        put(i, record);
        return old;
    }

    @Override
    public final T remove(int i) {
        Objects.checkIndex(i, size);
        beforeWrite(size);
        T old = get(i);
        move(i + 1, i, size - i - 1);
        if (whole != null) {
            System.arraycopy(whole, i + 1, whole, i, size - i - 1);
            whole[size - 1] = null;
        }
        clear(--size);
        modCount++;
        return old;
    }

    @Override
    public final boolean remove(Object o) {
        int i = indexOf(o);
        if (i < 0) {
            return false;
        }
        remove(i);
        return true;
    }

    /** Compares the key column first: materializes only the records that may be equal. */
    @Override
    public final int indexOf(Object o) {
        Object key = probeKey(o);
        if (key == null) {
            return -1;
        }
        for (int i = 0; i < size; i++) {
            if ((whole != null && whole[i] != null) ? whole[i].equals(o) : key.equals(key(i)) && read(i).equals(o)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public final boolean contains(Object o) {
        return indexOf(o) >= 0;
    }

    /** The key of {@code o} if it is a record of this list's kind, else null. */
    @SuppressWarnings("unchecked")
    private Object probeKey(Object o) {
        try {
            return o == null ? null : keyOf((T) o); // the subclass's bridge method checks the type
        } catch (ClassCastException e) {
            return null;
        }
    }

    /** This list, immutable, with columns trimmed to its size; this list keeps the arrays, shared. */
    final ColumnList<T> frozen() {
        if (frozen) {
            return this;
        }
        if (size < capacity()) {
            resize(size); // one column at a time: the read never holds two copies of all
            if (whole != null) {
                whole = Arrays.copyOf(whole, size);
            }
        }
        ColumnList<T> f = sharing();
        f.frozen = true;
        return f;
    }

    /** A mutable list with the same records, sharing the arrays until either writes. */
    final ColumnList<T> sharing() {
        ColumnList<T> copy = sameColumns();
        copy.size = size;
        copy.whole = whole;
        copy.shared = true;
        shared = true;
        return copy;
    }

    private void beforeWrite(int needed) {
        if (frozen) {
            throw new UnsupportedOperationException("an immutable dataset's records");
        }
        if (needed > capacity()) {
            int grown = Math.max(needed, Math.max(16, capacity() + (capacity() >> 1)));
            resize(grown);
            if (whole != null) {
                whole = Arrays.copyOf(whole, grown);
            }
            shared = false;
        } else if (shared) {
            resize(capacity());
            if (whole != null) {
                whole = whole.clone();
            }
            shared = false;
        }
    }

    private void put(int i, T record) {
        Objects.requireNonNull(record, "record");
        if (fits(record)) {
            write(i, record);
            if (whole != null) {
                whole[i] = null;
            }
        } else {
            if (whole == null) {
                whole = new Object[capacity()];
            }
            clear(i);
            whole[i] = record;
        }
    }

    /** An int column value that stands for "absent"; dates and months never take it. */
    static final int NONE = Integer.MIN_VALUE;

    /** Whether {@code v} fits an int column without meeting {@link #NONE}. */
    static boolean fitsInt(long v) {
        return v > Integer.MIN_VALUE && v <= Integer.MAX_VALUE;
    }
}
