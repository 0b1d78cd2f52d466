package org.dangjian.rules.internal;

import java.util.function.Consumer;
import org.dangjian.model.Dataset;
import org.dangjian.rules.vocabulary.Params;

/**
 * A deriver whose facts fall into keys (键): the facts of one person, of one organization and
 * period, of one membership. Written once as "the facts of key K" and "the keys record R
 * touches", so that a live audit derives again, after a change, only the keys the change
 * touches, and compares only their facts with those held; the batch audit derives every key with
 * the same code (its whole pass may gather the records of all keys at once, for speed, but hands
 * each key's records to the same per-key derivation).
 *
 * <p>A live audit asks {@link #live(Dataset)} once for the records by key it keeps between
 * changes ({@link Live}), tells it every record added and removed, and, for a change, asks it
 * which keys each record removed or added touches, in the dataset before the change and in the
 * dataset after it (both: an organization removed touches the subtrees above it before; another
 * organization of its id may be found first after). A key none of whose facts exist any more derives nothing: its
 * facts held are deleted. When {@code asOf} moves inside the audit year, the keys each deriver
 * names for the move ({@link Live#movedKeys}) are derived again; into another year, every key.
 */
public interface KeyedDeriver extends FactDeriver {

    /** The records by key that a live audit of {@code dataset} keeps for this deriver. */
    Live live(Dataset dataset);

    /**
     * The whole pass: every key derived as a live audit derives one. A deriver overrides it only
     * to gather the records of all keys in one pass (see above).
     */
    @Override
    default void derive(Dataset dataset, Params params, FactSink out) {
        Live keys = live(dataset);
        keys.keys(dataset, k -> keys.derive(dataset, params, k, out));
    }

    /** What a live audit keeps for a keyed deriver: mutable, used by one thread at a time. */
    interface Live {

        /** Every key of {@code dataset} that may have facts (each once). */
        void keys(Dataset dataset, Consumer<Object> out);

        /**
         * The keys whose facts {@code record} may change, by what surrounds it in {@code dataset}
         * (which may or may not hold it); reads the dataset only.
         */
        void touched(Dataset dataset, Object record, Consumer<Object> out);

        /** The facts of {@code key} in {@code dataset}, as the whole derivation gives them. */
        void derive(Dataset dataset, Params params, Object key, FactSink out);

        /** {@code record} was added to the dataset: for a live index of its own (most read the dataset's). */
        default void added(Object record) {
        }

        /** {@code record} (equal to one the dataset held) was removed from it. */
        default void removed(Object record) {
        }

        /**
         * The keys whose facts may differ after {@code asOf} moved inside the audit year, from
         * {@code move.from()} to {@code dataset}'s {@code asOf} ({@code move.to()}), the records
         * the same (those a change adds or removes with the move are touched besides): keys
         * whose periods ended or began between the two days, whose records are dated between
         * them, whose durations or ages cross a boundary a fact records. Reads the dataset
         * after the move and what this keeps; each key given at most once is best, more is
         * allowed. Returns false for "every key" (the default: an area that does not say).
         */
        default boolean movedKeys(Dataset dataset, AsOfMove move, Consumer<Object> out) {
            return false;
        }
    }
}
