package org.dangjian.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.model.RecordKind;
import org.dangjian.rules.internal.Records;

/**
 * One change (变更) to the dataset of a {@link LiveAudit}: a record added, removed or replaced
 * (of any record kind), or the date the records are as of moved. Changes are values; build them
 * with the factories.
 *
 * <pre>{@code
 * live.apply(Change.add(training),
 *            Change.update(oldMembership, transferred),
 *            Change.remove(cancelledActivity),
 *            Change.asOf(LocalDate.of(2020, 7, 1)));
 * }</pre>
 *
 * <p>Records are matched by {@code equals}: removing or updating takes the first record of the
 * dataset equal to the one named, as {@link org.dangjian.model.Dataset.Builder#remove} does.
 * Removing the last record of a kind leaves its array present (an empty {@code "trainings": []}
 * is still data); adding the first record of a kind the dataset did not have makes it present.
 */
public sealed interface Change {

    /** A record added to the dataset. */
    record Add(Object record) implements Change {
        public Add {
            RecordKind.of(Objects.requireNonNull(record, "record"));
        }

        @Override
        public String toString() {
            return "add " + Records.describe(record);
        }
    }

    /** A record removed from the dataset (the first equal to {@code record}). */
    record Remove(Object record) implements Change {
        public Remove {
            RecordKind.of(Objects.requireNonNull(record, "record"));
        }

        @Override
        public String toString() {
            return "remove " + Records.describe(record);
        }
    }

    /** A record replaced by a new version of it, of the same kind (the first equal to {@code old}). */
    record Update(Object old, Object replacement) implements Change {
        public Update {
            RecordKind kind = RecordKind.of(Objects.requireNonNull(old, "old"));
            if (RecordKind.of(Objects.requireNonNull(replacement, "replacement")) != kind) {
                throw new IllegalArgumentException("an update replaces a record by one of the same kind: "
                        + kind.jsonName() + " by " + RecordKind.of(replacement).jsonName());
            }
        }

        @Override
        public String toString() {
            return "update " + Records.describe(old);
        }
    }

    /** The date the records are as of moved (usually forward: a day, a month or the year has passed). */
    record AsOf(LocalDate date) implements Change {
        public AsOf {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * Adds {@code record}, any record of the dataset contract.
     *
     * @throws IllegalArgumentException if it is not a dataset record
     */
    static Change add(Object record) {
        return new Add(record);
    }

    /**
     * Removes the first record equal to {@code record}.
     *
     * @throws IllegalArgumentException if it is not a dataset record
     */
    static Change remove(Object record) {
        return new Remove(record);
    }

    /**
     * Replaces the first record equal to {@code old} by {@code replacement}.
     *
     * @throws IllegalArgumentException if either is not a dataset record, or their kinds differ
     */
    static Change update(Object old, Object replacement) {
        return new Update(old, replacement);
    }

    /** Moves the date the records are as of to {@code date}. */
    static Change asOf(LocalDate date) {
        return new AsOf(date);
    }
}
