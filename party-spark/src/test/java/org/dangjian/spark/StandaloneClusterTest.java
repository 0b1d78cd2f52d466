package org.dangjian.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real cluster, not only local mode: {@code party-spark-cluster} starts a standalone master and
 * two workers on 127.0.0.1 from this test's class path (the Maven artifacts), audits a generated
 * district there and in local mode, and passes only when both wrote the same report and findings
 * and both workers ran executors. It takes a minute or more, so it runs when asked for:
 * {@code -Dparty.spark.cluster=true} (as {@code .ci/run} does).
 */
class StandaloneClusterTest {

    @TempDir
    Path tmp;

    @Test
    void twoWorkersWriteWhatLocalModeWrites() throws Exception {
        assumeTrue(Boolean.getBoolean("party.spark.cluster"), "the cluster runs with -Dparty.spark.cluster=true");
        Path log = tmp.resolve("cluster.log");
        ProcessBuilder pb = new ProcessBuilder("bash", new File("party-spark-cluster").getAbsolutePath())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("PARTY_SPARK_CLASSPATH", System.getProperty("java.class.path"));
        pb.environment().put("PARTY_SPARK_MEMBERS", "2000");
        pb.environment().put("TMPDIR", tmp.toString());
        Process p = pb.start();
        assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the cluster run ends");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("the two-worker cluster wrote the same report"), out);
    }
}
