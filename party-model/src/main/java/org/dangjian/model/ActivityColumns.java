package org.dangjian.model;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Activities as columns (see {@link ColumnList}): the attendees as a bare array, without the
 * list and the {@code Optional} around it, and the id as a shared prefix and a number: about 26
 * bytes an activity plus its attendees instead of 140.
 */
final class ActivityColumns extends ColumnList<Activity> implements Tables.Activities {

    private static final ActivityType[] TYPES = ActivityType.values();
    private static final String[] NOBODY = new String[0];

    /**
     * The id as a prefix, shared between activities, and a trailing number of {@code idWidth}
     * digits ("D1-A" and 7 of width 3 for "D1-A007"); width 0: the prefix is the whole id. Why:
     * activity ids are all different, 56 bytes each as strings; this way 9.
     */
    private String[] idPrefix = new String[0];
    private int[] idNumber = new int[0];
    private byte[] idWidth = new byte[0];
    /** The prefixes met while building, to share them. */
    private final Map<String, String> prefixes = new HashMap<>();
    private String[] organizationId = new String[0];
    private byte[] type = new byte[0];
    private int[] date = new int[0];
    /** Null when attendance was not recorded; an empty array when it was, with nobody. */
    private String[][] attendees = new String[0][];
    /** Null when there is no title. */
    private String[] title = new String[0];

    @Override
    boolean fits(Activity a) {
        return fitsInt(a.date().toEpochDay());
    }

    @Override
    void write(int i, Activity a) {
        writeId(i, a.id());
        organizationId[i] = a.organizationId();
        type[i] = (byte) a.type().ordinal();
        date[i] = (int) a.date().toEpochDay();
        attendees[i] = a.attendees().map(l -> l.isEmpty() ? NOBODY : l.toArray(NOBODY)).orElse(null);
        title[i] = a.title().orElse(null);
    }

    // components: id, organizationId, type, date, attendees (a List<String>), title; each Optional.empty() when absent

    @Override
    boolean fitsComponents(Object[] c) {
        return fitsInt(((LocalDate) c[3]).toEpochDay());
    }

    @Override
    void writeComponents(int i, Object[] c) {
        writeId(i, (String) c[0]);
        organizationId[i] = (String) c[1];
        type[i] = (byte) ((ActivityType) c[2]).ordinal();
        date[i] = (int) ((LocalDate) c[3]).toEpochDay();
        @SuppressWarnings("unchecked")
        List<String> who = (List<String>) content(c[4]);
        attendees[i] = who == null ? null : who.isEmpty() ? NOBODY : who.toArray(NOBODY);
        title[i] = (String) content(c[5]);
    }

    @Override
    @SuppressWarnings("unchecked")
    Activity record(Object[] c) {
        return new Activity((String) c[0], (String) c[1], (ActivityType) c[2], (LocalDate) c[3],
                Optional.ofNullable((List<String>) content(c[4])), Optional.ofNullable((String) content(c[5])));
    }

    @Override
    Activity read(int i) {
        String[] who = attendees[i];
        return new Activity(idAt(i), organizationId[i], TYPES[type[i]], LocalDate.ofEpochDay(date[i]),
                who == null ? Optional.empty() : Optional.of(List.of(who)), Optional.ofNullable(title[i]));
    }

    private void writeId(int i, String id) {
        int k = id.length();
        while (k > 0 && id.charAt(k - 1) >= '0' && id.charAt(k - 1) <= '9') {
            k--;
        }
        int width = id.length() - k;
        if (width == 0 || width > 9) {
            idPrefix[i] = id;
            idWidth[i] = 0;
            return;
        }
        String prefix = id.substring(0, k);
        String known = prefixes.putIfAbsent(prefix, prefix);
        idPrefix[i] = known == null ? prefix : known;
        idNumber[i] = Integer.parseInt(id, k, id.length(), 10);
        idWidth[i] = (byte) width;
    }

    @Override
    public String id(int i) {
        Activity w = wholeAt(i);
        return w != null ? w.id() : idAt(i);
    }

    private String idAt(int i) {
        int width = idWidth[i];
        if (width == 0) {
            return idPrefix[i];
        }
        String digits = Integer.toString(idNumber[i]);
        StringBuilder sb = new StringBuilder(idPrefix[i].length() + width).append(idPrefix[i]);
        for (int z = digits.length(); z < width; z++) {
            sb.append('0');
        }
        return sb.append(digits).toString();
    }

    // Tables.Activities: a record kept whole answers for itself.

    @Override
    public String organizationId(int i) {
        Activity w = wholeAt(i);
        return w != null ? w.organizationId() : organizationId[i];
    }

    @Override
    public ActivityType type(int i) {
        Activity w = wholeAt(i);
        return w != null ? w.type() : TYPES[type[i]];
    }

    @Override
    public long epochDay(int i) {
        Activity w = wholeAt(i);
        return w != null ? w.date().toEpochDay() : date[i];
    }

    @Override
    public int attendeeCount(int i) {
        Activity w = wholeAt(i);
        if (w != null) {
            return w.attendees().map(List::size).orElse(-1);
        }
        return attendees[i] == null ? -1 : attendees[i].length;
    }

    @Override
    public String attendee(int i, int k) {
        Activity w = wholeAt(i);
        return w != null ? w.attendees().orElseThrow().get(k) : attendees[i][k];
    }

    @Override
    Object key(int i) {
        return organizationId[i];
    }

    @Override
    Object keyOf(Activity a) {
        return a.organizationId();
    }

    @Override
    Object[] columns() {
        return new Object[] {idPrefix, idNumber, idWidth, organizationId, type, date, attendees, title};
    }

    @Override
    void columns(Object[] arrays) {
        idPrefix = (String[]) arrays[0];
        idNumber = (int[]) arrays[1];
        idWidth = (byte[]) arrays[2];
        organizationId = (String[]) arrays[3];
        type = (byte[]) arrays[4];
        date = (int[]) arrays[5];
        attendees = (String[][]) arrays[6];
        title = (String[]) arrays[7];
    }

    @Override
    ColumnList<Activity> empty() {
        return new ActivityColumns();
    }
}
