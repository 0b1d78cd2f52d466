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

    /** The session of this run. */
    SparkSession session() {
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
        return b.getOrCreate();
    }
}
