package org.dangjian.spark;

import org.apache.spark.Partitioner;

/** Group {@code g} (from 1) in partition {@code g - 1}: one group per task. */
final class GroupPartitioner extends Partitioner {

    private static final long serialVersionUID = 1L;

    private final int groups;

    /** For groups 1 to {@code groups}. */
    GroupPartitioner(int groups) {
        this.groups = Math.max(1, groups);
    }

    @Override
    public int numPartitions() {
        return groups;
    }

    @Override
    public int getPartition(Object key) {
        return Math.floorMod((Integer) key - 1, groups);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GroupPartitioner p && p.groups == groups;
    }

    @Override
    public int hashCode() {
        return groups;
    }
}
