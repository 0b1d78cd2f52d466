package org.dangjian.spark;

import java.io.Serializable;

/**
 * One record as its input line (JSON), with its kind and its place in the input: the place keeps
 * a group's records in the order of the dataset, and tells a record that reached a group twice
 * (by its organization and by its person) from two equal records.
 *
 * @param kind  the {@link org.dangjian.model.RecordKind}'s ordinal
 * @param place increasing through the input of that kind
 */
record Line(int kind, long place, String json) implements Serializable {
}
