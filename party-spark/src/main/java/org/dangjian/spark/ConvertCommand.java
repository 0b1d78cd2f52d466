package org.dangjian.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.InvalidDatasetException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code party-spark convert DATASET --output DIR}: the directory form in Parquet, one directory
 * per record kind ({@code memberships.parquet}) with the contract's fields as columns, beside a
 * copy of {@code dataset.json}. The input is checked whole first, as an audit checks it: a bad
 * dataset is refused (exit 2) and nothing is written.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Writes a dataset in the directory form (JSON Lines) as Parquet, one directory per record kind.",
                "Exit status: 0 written; 2 bad dataset or command line (nothing written)."})
final class ConvertCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    SparkOptions spark;

    @Parameters(index = "0", paramLabel = "DATASET", description = "The dataset's directory (JSON Lines).")
    String input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true, description = "A new directory.")
    String output;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try (SparkOptions.Session run = spark.session()) {
            SparkSession session = run.spark();
            if (!AuditOutput.free(session, output)) {
                err.println("party-spark: --output " + output + " exists; name a new directory");
                return PartySpark.INVALID;
            }
            DatasetInput in = DatasetInput.at(session, input);
            if (in.form() != DatasetInput.Form.JSON_LINES) {
                err.println("party-spark: " + input + " is in Parquet already");
                return PartySpark.INVALID;
            }
            in.readWhole(session).warnings().forEach(w -> err.println("party-spark: warning: " + w));
            convert(session, in, input, output);
            err.println("party-spark: wrote " + output);
            return PartySpark.OK;
        } catch (InvalidDatasetException e) {
            err.println("party-spark: " + e.getMessage());
            e.errors().forEach(p -> err.println("  " + p));
            return PartySpark.INVALID;
        } catch (IOException e) {
            err.println("party-spark: " + e.getMessage());
            return PartySpark.INVALID;
        }
    }

    /** Writes the Parquet form of {@code in} to {@code out}, all or nothing. */
    static void convert(SparkSession session, DatasetInput in, String input, String out) throws IOException {
        Path target = new Path(out);
        FileSystem fs = target.getFileSystem(session.sparkContext().hadoopConfiguration());
        Path staging = new Path(target.getParent() == null ? new Path(".") : target.getParent(),
                "." + target.getName() + ".writing-" + System.nanoTime());
        try {
            fs.mkdirs(staging);
            Path meta = new Path(input, DatasetInput.META);
            FileUtil.copy(meta.getFileSystem(fs.getConf()), meta, fs, new Path(staging, DatasetInput.META), false,
                    fs.getConf());
            for (RecordKind kind : RecordKind.values()) {
                if (in.has(session, kind)) {
                    session.read().schema(ParquetSchema.of(kind)).option("mode", "FAILFAST")
                            .json(in.file(kind).toString())
                            .write().parquet(new Path(staging, kind.jsonName() + ".parquet").toString());
                }
            }
            if (!fs.rename(staging, target)) {
                throw new IOException("cannot move the output into " + out);
            }
        } finally {
            if (fs.exists(staging)) {
                fs.delete(staging, true);
            }
        }
    }
}
