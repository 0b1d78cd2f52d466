package org.dangjian.rules.internal;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import org.dangjian.model.RecordKind;

/** Names a dataset record in a message without its personal data (never the idNumber, nor a name). */
public final class Records {

    private Records() {
    }

    /** E.g. {@code memberships[p-1, o-1]} or {@code duesPayments[p-1, 2020-03]}: its kind and keys. */
    public static String describe(Object record) {
        RecordKind kind = RecordKind.of(record);
        RecordComponent[] c = record.getClass().getRecordComponents();
        StringBuilder sb = new StringBuilder(kind.jsonName()).append('[').append(value(c[0], record));
        if (c.length > 1) {
            Object second = value(c[1], record);
            if (c[1].getName().endsWith("Id") || second instanceof LocalDate || second instanceof YearMonth
                    || second instanceof Integer) {
                sb.append(", ").append(second);
            }
        }
        return sb.append(']').toString();
    }

    private static Object value(RecordComponent c, Object record) {
        try {
            return c.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            return "?";
        }
    }
}
