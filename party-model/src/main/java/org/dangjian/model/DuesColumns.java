package org.dangjian.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;

/**
 * Dues payments as columns (see {@link ColumnList}): about 20 bytes a payment instead of 36,
 * for the eleven million of a million-member district.
 */
final class DuesColumns extends ColumnList<DuesPayment> {

    private String[] personId = new String[0];
    /** {@code year * 12 + month - 1}. */
    private int[] month = new int[0];
    private double[] amountYuan = new double[0];
    /** Epoch day, or {@link #NONE} when not recorded. */
    private int[] paidOn = new int[0];

    @Override
    int capacity() {
        return personId.length;
    }

    @Override
    void resize(int capacity) {
        personId = Arrays.copyOf(personId, capacity);
        month = Arrays.copyOf(month, capacity);
        amountYuan = Arrays.copyOf(amountYuan, capacity);
        paidOn = Arrays.copyOf(paidOn, capacity);
    }

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

    @Override
    DuesPayment read(int i) {
        int m = month[i];
        return new DuesPayment(personId[i], YearMonth.of(Math.floorDiv(m, 12), Math.floorMod(m, 12) + 1),
                amountYuan[i], paidOn[i] == NONE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(paidOn[i])));
    }

    @Override
    void move(int from, int to, int length) {
        System.arraycopy(personId, from, personId, to, length);
        System.arraycopy(month, from, month, to, length);
        System.arraycopy(amountYuan, from, amountYuan, to, length);
        System.arraycopy(paidOn, from, paidOn, to, length);
    }

    @Override
    void clear(int i) {
        personId[i] = null;
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
    ColumnList<DuesPayment> sameColumns() {
        DuesColumns c = new DuesColumns();
        c.personId = personId;
        c.month = month;
        c.amountYuan = amountYuan;
        c.paidOn = paidOn;
        return c;
    }
}
