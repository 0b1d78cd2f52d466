package org.dangjian.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Activities as columns (see {@link ColumnList}): the attendees as a bare array, without the
 * list and the {@code Optional} around it, about 21 bytes an activity plus its attendees instead
 * of 84.
 */
final class ActivityColumns extends ColumnList<Activity> {

    private static final ActivityType[] TYPES = ActivityType.values();
    private static final String[] NOBODY = new String[0];

    private String[] id = new String[0];
    private String[] organizationId = new String[0];
    private byte[] type = new byte[0];
    private int[] date = new int[0];
    /** Null when attendance was not recorded; an empty array when it was, with nobody. */
    private String[][] attendees = new String[0][];
    /** Null when there is no title. */
    private String[] title = new String[0];

    @Override
    int capacity() {
        return id.length;
    }

    @Override
    void resize(int capacity) {
        id = Arrays.copyOf(id, capacity);
        organizationId = Arrays.copyOf(organizationId, capacity);
        type = Arrays.copyOf(type, capacity);
        date = Arrays.copyOf(date, capacity);
        attendees = Arrays.copyOf(attendees, capacity);
        title = Arrays.copyOf(title, capacity);
    }

    @Override
    boolean fits(Activity a) {
        return fitsInt(a.date().toEpochDay());
    }

    @Override
    void write(int i, Activity a) {
        id[i] = a.id();
        organizationId[i] = a.organizationId();
        type[i] = (byte) a.type().ordinal();
        date[i] = (int) a.date().toEpochDay();
        attendees[i] = a.attendees().map(l -> l.isEmpty() ? NOBODY : l.toArray(NOBODY)).orElse(null);
        title[i] = a.title().orElse(null);
    }

    @Override
    Activity read(int i) {
        String[] who = attendees[i];
        return new Activity(id[i], organizationId[i], TYPES[type[i]], LocalDate.ofEpochDay(date[i]),
                who == null ? Optional.empty() : Optional.of(List.of(who)), Optional.ofNullable(title[i]));
    }

    /** The organization of the activity at {@code i}, without materializing it. */
    String organizationId(int i) {
        Activity a = wholeAt(i);
        return a != null ? a.organizationId() : organizationId[i];
    }

    @Override
    void move(int from, int to, int length) {
        System.arraycopy(id, from, id, to, length);
        System.arraycopy(organizationId, from, organizationId, to, length);
        System.arraycopy(type, from, type, to, length);
        System.arraycopy(date, from, date, to, length);
        System.arraycopy(attendees, from, attendees, to, length);
        System.arraycopy(title, from, title, to, length);
    }

    @Override
    void clear(int i) {
        id[i] = null;
        organizationId[i] = null;
        attendees[i] = null;
        title[i] = null;
    }

    @Override
    Object key(int i) {
        return id[i];
    }

    @Override
    Object keyOf(Activity a) {
        return a.id();
    }

    @Override
    ColumnList<Activity> sameColumns() {
        ActivityColumns c = new ActivityColumns();
        c.id = id;
        c.organizationId = organizationId;
        c.type = type;
        c.date = date;
        c.attendees = attendees;
        c.title = title;
        return c;
    }
}
