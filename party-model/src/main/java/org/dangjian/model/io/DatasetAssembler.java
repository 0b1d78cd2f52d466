package org.dangjian.model.io;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.model.Dataset;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.RecordParser.Parsed;

/**
 * Gathers what a reader finds, record by record, for either input form; then validates the whole
 * and decides between a {@link LoadedDataset} and an {@link InvalidDatasetException}.
 *
 * <p>It remembers where each record came from (its array index or its line), because a record
 * that could not be read is not in the dataset and the validator's indexes would otherwise
 * drift from the input's.
 */
final class DatasetAssembler {

    /** How a reader names a record from its kind and its position in the input. */
    @FunctionalInterface
    interface SourceNames {
        String path(RecordKind kind, int position);
    }

    /** The kinds other records name by id. */
    private static final Set<RecordKind> IDENTIFIED =
            java.util.EnumSet.of(RecordKind.ORGANIZATIONS, RecordKind.PEOPLE, RecordKind.HOST_UNITS);

    final Problems problems = new Problems();
    /** Ids, dates and months repeated across records, shared for the whole read. */
    private final SharedValues shared = new SharedValues();
    // placeholder until asOf is read; if it never is, MAX makes "after asOf" checks pass silently
    private final Dataset.Builder builder = Dataset.builder(LocalDate.MAX);
    private final Map<RecordKind, Positions> positions = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, Set<String>> unreadIds = new EnumMap<>(RecordKind.class);
    private Optional<LocalDate> asOf = Optional.empty();
    /** The hashes of the unique keys of the records kept, per kind, in record order (DatasetValidator.ReadHints). */
    private final Map<RecordKind, LongList> keyHashes = new EnumMap<>(RecordKind.class);
    private boolean amountsInRange = true;
    /**
     * The kinds a dataset keeps as columns, read into them without a record per row; the
     * component positions used below are those of their record classes (checked at class load).
     */
    private static final Set<RecordKind> COLUMNS = columnKinds();
    /** Per kind, the arrays the parser fills for each record of it (reused: the columns copy the values). */
    private final Map<RecordKind, Object[]> scratch = new EnumMap<>(RecordKind.class);
    private final Map<RecordKind, boolean[]> seenScratch = new EnumMap<>(RecordKind.class);

    private static Set<RecordKind> columnKinds() {
        component(org.dangjian.model.Activity.class, 0, "id");
        component(org.dangjian.model.DuesPayment.class, 2, "amountYuan");
        component(org.dangjian.model.Training.class, 2, "hours");
        return java.util.EnumSet.of(RecordKind.DUES_PAYMENTS, RecordKind.TRAININGS, RecordKind.ACTIVITIES);
    }

    private static void component(Class<?> type, int index, String name) {
        if (!type.getRecordComponents()[index].getName().equals(name)) {
            throw new IllegalStateException(type.getSimpleName() + "'s component " + index + " is not " + name);
        }
    }

    DatasetAssembler() {
        for (RecordKind k : RecordKind.values()) {
            positions.put(k, new Positions());
            unreadIds.put(k, new HashSet<>());
        }
    }

    void asOf(LocalDate date) {
        asOf = Optional.of(date);
        builder.asOf(date);
    }

    boolean hasAsOf() {
        return asOf.isPresent();
    }

    void present(RecordKind kind) {
        builder.present(kind);
    }

    /** Reads the record at the parser's START_OBJECT, found at {@code position} of the input. */
    void record(JsonParser p, RecordKind kind, RecordParser.Place place, int position) throws IOException {
        RecordSchema schema = RecordSchema.of(kind.type());
        if (COLUMNS.contains(kind)) {
            components(p, kind, schema, place, position);
            return;
        }
        Parsed parsed = RecordParser.parse(p, schema, place, problems, shared);
        if (parsed.record().isPresent()) {
            builder.add(parsed.record().get());
            positions.get(kind).add(position);
            if (IDENTIFIED.contains(kind)) {
                parsed.id().ifPresent(id -> shared.identifies(id, SharedValues.referenceBit(kind)));
            }
            hints(kind, parsed.record().get());
        } else {
            parsed.id().ifPresent(unreadIds.get(kind)::add);
        }
    }

    /**
     * A record of a kind kept as columns: its values go into the columns as parsed, without a
     * record in between (the same problems reported, the same hints noted as {@link #hints}).
     */
    private void components(JsonParser p, RecordKind kind, RecordSchema schema, RecordParser.Place place, int position)
            throws IOException {
        Object[] values = scratch.computeIfAbsent(kind, k -> new Object[schema.fields().size()]);
        boolean[] seen = seenScratch.computeIfAbsent(kind, k -> new boolean[schema.fields().size()]);
        boolean ok = RecordParser.read(p, schema, place, problems, shared, values, seen);
        if (!ok) {
            RecordParser.id(schema, values).ifPresent(unreadIds.get(kind)::add);
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                values[i] = Optional.empty(); // absent: the builder takes no null
            }
        }
        if (!builder.addComponents(kind, values)) {
            throw new IllegalStateException(kind + " is not kept as columns");
        }
        positions.get(kind).add(position);
        switch (kind) {
            case ACTIVITIES -> keyHashes.computeIfAbsent(kind, k -> new LongList())
                    .add(DatasetValidator.keyHash((String) values[0])); // Activity.id
            case DUES_PAYMENTS -> amountsInRange &= ValueChecks.amountInRange((Double) values[2]); // amountYuan
            case TRAININGS -> amountsInRange &= ValueChecks.hoursInRange((Double) values[2]); // hours
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    /** Notes what the validator need not go over the records again for. */
    private void hints(RecordKind kind, Object record) {
        String key = DatasetValidator.uniqueKey(record);
        if (key != null) {
            keyHashes.computeIfAbsent(kind, k -> new LongList()).add(DatasetValidator.keyHash(key));
        } else if (record instanceof org.dangjian.model.DuesPayment d) {
            amountsInRange &= ValueChecks.inRange(d);
        } else if (record instanceof org.dangjian.model.Training t) {
            amountsInRange &= ValueChecks.inRange(t);
        }
    }

    /** Validates what was read and returns it, or throws with every problem found. */
    LoadedDataset finish(String source, SourceNames names, String sha256) throws InvalidDatasetException {
        Dataset dataset = builder.build();
        Map<RecordKind, long[]> hashes = new EnumMap<>(RecordKind.class);
        keyHashes.forEach((k, list) -> hashes.put(k, list.toArray()));
        keyHashes.clear();
        DatasetValidator.validate(dataset, (k, i) -> names.path(k, positions.get(k).get(i)), unreadIds, problems,
                new DatasetValidator.ReadHints(shared.everyReferenceResolved(), amountsInRange, hashes));
        if (problems.hasErrors()) {
            throw new InvalidDatasetException(source, problems.all());
        }
        return new LoadedDataset(dataset, problems.warnings(), sha256);
    }

    /** Stops at the first malformed JSON: what follows it cannot be trusted. */
    InvalidDatasetException malformed(String source) {
        return new InvalidDatasetException(source, problems.all());
    }

    /** A growable array of longs. */
    private static final class LongList {
        private long[] values = new long[16];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }

    /**
     * Where each record kept came from: nothing stored while positions run on one by one from the
     * first (every record read, the usual case), then a growable int array from the first gap.
     * Why: a million-member dataset has 22 million records, 88 MB of positions that say nothing.
     */
    private static final class Positions {
        private int first;
        private int[] values; // null while position i is first + i
        private int size;

        void add(int v) {
            if (values == null) {
                if (size == 0) {
                    first = v;
                }
                if (v == first + size) {
                    size++;
                    return;
                }
                values = new int[Math.max(16, size * 2)];
                for (int i = 0; i < size; i++) {
                    values[i] = first + i;
                }
            }
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        int get(int i) {
            return values == null ? first + i : values[i];
        }
    }
}
