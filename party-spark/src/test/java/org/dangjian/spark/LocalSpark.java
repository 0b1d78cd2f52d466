package org.dangjian.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session for the whole test JVM (starting one takes seconds): two threads, a
 * failed task tried once more (as a cluster retries it), no web page.
 */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder().appName("party-spark-tests").master("local[2,2]")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.default.parallelism", "2")
                    .getOrCreate();
        }
        return session;
    }
}
