package org.dangjian.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Dues payments as columns (see {@link ColumnList}): about 20 bytes a payment instead of 36,
 * for the eleven million of a million-member district.
 */
final class DuesColumns extends ColumnList<DuesPayment> implements Tables.Dues {

    private String[] personId = new String[0];
    /** {@code year * 12 + month - 1}. */
    private int[] month = new int[0];
    private double[] amountYuan = new double[0];
    /** Epoch day, or {@link #NONE} when not recorded. */
    private int[] paidOn = new int[0];

    @Override
    boolean fits(DuesPayment d) {
        return fitsInt(d.month().getYear() * 12L + d.month().getMonthValue() - 1)
                && d.paidOn().map(p -> fitsInt(p.toEpochDay())).orElse(true);
    }

    @Override
    void write(int i, DuesPayment d) {
        personId[i] = d.personId();
        month[i] = d.month().getYear() * 12 + d.month().getMonthValue() - 1;
        amountYuan[i] = d.amountYuan();
        paidOn[i] = d.paidOn().map(p -> (int) p.toEpochDay()).orElse(NONE);
    }

    // components: personId, month, amountYuan, paidOn (Optional.empty() when absent)

    @Override
    boolean fitsComponents(Object[] c) {
        YearMonth m = (YearMonth) c[1];
        return fitsInt(m.getYear() * 12L + m.getMonthValue() - 1) && (content(c[3]) == null || fitsInt(((LocalDate) c[3]).toEpochDay()));
    }

    @Override
    void writeComponents(int i, Object[] c) {
        YearMonth m = (YearMonth) c[1];
        personId[i] = (String) c[0];
        month[i] = m.getYear() * 12 + m.getMonthValue() - 1;
        amountYuan[i] = (Double) c[2];
        paidOn[i] = content(c[3]) == null ? NONE : (int) ((LocalDate) c[3]).toEpochDay();
    }

    @Override
    DuesPayment record(Object[] c) {
        return new DuesPayment((String) c[0], (YearMonth) c[1], (Double) c[2], Optional.ofNullable((LocalDate) content(c[3])));
    }

    @Override
    DuesPayment read(int i) {
        int m = month[i];
        return new DuesPayment(personId[i], YearMonth.of(Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1),
                amountYuan[i], paidOn[i] == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(paidOn[i])));
    }

    // Tables.Dues: a record kept whole (values that do not fit the columns) answers for itself.

    @Override
    public String personId(int i) {
        DuesPayment w = wholeAt(i);
        return w != null ? w.personId() : personId[i];
    }

    @Override
    public long monthIndex(int i) {
        DuesPayment w = wholeAt(i);
        return w != null ? Tables.monthIndex(w) : month[i];
    }

    @Override
    public double amountYuan(int i) {
        DuesPayment w = wholeAt(i);
        return w != null ? w.amountYuan() : amountYuan[i];
    }

    @Override
    public boolean hasPaidOn(int i) {
        DuesPayment w = wholeAt(i);
        return w != null ? w.paidOn().isPresent() : paidOn[i] != NONE;
    }

    @Override
    public long paidOnEpochDay(int i) {
        DuesPayment w = wholeAt(i);
        if (w != null) {
            return w.paidOn().orElseThrow().toEpochDay();
        }
        if (paidOn[i] == NONE) {
            throw new java.util.NoSuchElementException("no day of payment at " + i);
        }
        return paidOn[i];
    }

    @Override
    Object key(int i) {
        return personId[i];
    }

    @Override
    Object keyOf(DuesPayment d) {
        return d.personId();
    }

    @Override
    Object[] columns() {
        return new Object[] {personId, month, amountYuan, paidOn};
    }

    @Override
    void columns(Object[] arrays) {
        personId = (String[]) arrays[0];
        month = (int[]) arrays[1];
        amountYuan = (double[]) arrays[2];
        paidOn = (int[]) arrays[3];
    }

    @Override
    ColumnList<DuesPayment> empty() {
        return new DuesColumns();
    }
}
