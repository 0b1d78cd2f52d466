package org.dangjian.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Trainings as columns (see {@link ColumnList}): about 21 bytes a training instead of 44.
 */
final class TrainingColumns extends ColumnList<Training> implements Tables.Trainings {

    private static final OrganizerLevel[] LEVELS = OrganizerLevel.values();

    private String[] personId = new String[0];
    private int[] date = new int[0];
    private double[] hours = new double[0];
    /** Bit 0: centralized; the bits above: the organizer level's ordinal. */
    private byte[] flags = new byte[0];
    /** Null when there is no title. */
    private String[] title = new String[0];

    @Override
    boolean fits(Training t) {
        return fitsInt(t.date().toEpochDay());
    }

    @Override
    void write(int i, Training t) {
        personId[i] = t.personId();
        date[i] = (int) t.date().toEpochDay();
        hours[i] = t.hours();
        flags[i] = (byte) ((t.organizerLevel().ordinal() << 1) | (t.centralized() ? 1 : 0));
        title[i] = t.title().orElse(null);
    }

    // components: personId, date, hours, centralized, organizerLevel, title (Optional.empty() when absent)

    @Override
    boolean fitsComponents(Object[] c) {
        return fitsInt(((LocalDate) c[1]).toEpochDay());
    }

    @Override
    void writeComponents(int i, Object[] c) {
        personId[i] = (String) c[0];
        date[i] = (int) ((LocalDate) c[1]).toEpochDay();
        hours[i] = (Double) c[2];
        flags[i] = (byte) ((((OrganizerLevel) c[4]).ordinal() << 1) | ((Boolean) c[3] ? 1 : 0));
        title[i] = (String) content(c[5]);
    }

    @Override
    Training record(Object[] c) {
        return new Training((String) c[0], (LocalDate) c[1], (Double) c[2], (Boolean) c[3], (OrganizerLevel) c[4],
                Optional.ofNullable((String) content(c[5])));
    }

    @Override
    Training read(int i) {
        return new Training(personId[i], LocalDate.ofEpochDay(date[i]), hours[i], (flags[i] & 1) != 0,
                LEVELS[flags[i] >> 1], Optional.ofNullable(title[i]));
    }

    // Tables.Trainings: a record kept whole answers for itself.

    @Override
    public String personId(int i) {
        Training w = wholeAt(i);
        return w != null ? w.personId() : personId[i];
    }

    @Override
    public long epochDay(int i) {
        Training w = wholeAt(i);
        return w != null ? w.date().toEpochDay() : date[i];
    }

    @Override
    public double hours(int i) {
        Training w = wholeAt(i);
        return w != null ? w.hours() : hours[i];
    }

    @Override
    public boolean centralized(int i) {
        Training w = wholeAt(i);
        return w != null ? w.centralized() : (flags[i] & 1) != 0;
    }

    @Override
    public OrganizerLevel organizerLevel(int i) {
        Training w = wholeAt(i);
        return w != null ? w.organizerLevel() : LEVELS[flags[i] >> 1];
    }

    @Override
    Object key(int i) {
        return personId[i];
    }

    @Override
    Object keyOf(Training t) {
        return t.personId();
    }

    @Override
    Object[] columns() {
        return new Object[] {personId, date, hours, flags, title};
    }

    @Override
    void columns(Object[] arrays) {
        personId = (String[]) arrays[0];
        date = (int[]) arrays[1];
        hours = (double[]) arrays[2];
        flags = (byte[]) arrays[3];
        title = (String[]) arrays[4];
    }

    @Override
    ColumnList<Training> empty() {
        return new TrainingColumns();
    }
}
