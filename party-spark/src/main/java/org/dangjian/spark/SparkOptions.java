package org.dangjian.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Option;

/** {@code --master}: where the job runs (a picocli mixin shared by the commands). */
final class SparkOptions {

    @Option(names = "--master", paramLabel = "URL",
            description = "The Spark master: local[2], spark://host:7077, yarn, k8s://... "
                    + "(default: what spark-submit set, else local[*]).")
    String master;

    /** A session for one command, stopped at the end unless it was running before (an embedding program's). */
    record Session(SparkSession spark, boolean ours) implements AutoCloseable {
        @Override
        public void close() {
            if (ours) {
                spark.stop();
            }
        }
    }

    /** The session of this run. */
    Session session() {
        if (SparkSession.getActiveSession().isDefined()) {
            return new Session(SparkSession.getActiveSession().get(), false);
        }
        SparkSession.Builder b = SparkSession.builder().appName("party-spark");
        SparkConf given = new SparkConf();
        if (master != null) {
            b = b.master(master);
        } else if (!given.contains("spark.master")) {
            b = b.master("local[*]");
        }
        if (!given.contains("spark.ui.enabled")) {
            b = b.config("spark.ui.enabled", "false"); // a batch audit needs no web page; ask for one with --conf
        }
        return new Session(b.getOrCreate(), true);
    }
}
