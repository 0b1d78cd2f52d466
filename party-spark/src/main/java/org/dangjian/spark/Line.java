package org.dangjian.spark;

import java.io.Serializable;

/**
 * One record as its input line (JSON), with its kind and its place in the input: the place keeps
 * a group's records in the order of the dataset, and tells a record that reached a group twice
 * (by its organization and by its person) from two equal records.
 *
 * @param kind    the {@link org.dangjian.model.RecordKind}'s ordinal
 * @param place   increasing through the input of that kind
 * @param context an organization sent to a group that is not its own (one above the group's, or
 *                one its records name): there to derive from, its own facts not the group's
 */
record Line(int kind, long place, String json, boolean context) implements Serializable {

    /** A record as read, before it is sent anywhere. */
    Line(int kind, long place, String json) {
        this(kind, place, json, false);
    }

    /** The same record, sent to a group as context. */
    Line asContext() {
        return new Line(kind, place, json, true);
    }
}
