package org.dangjian.spark;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.SparkSession;
import org.dangjian.model.RecordKind;
import org.dangjian.model.io.DatasetReader;
import org.dangjian.model.io.InvalidDatasetException;
import org.dangjian.model.io.LoadedDataset;
import org.dangjian.model.io.Problem;

/**
 * A dataset as a data platform holds it, on any file system Spark reads (a local path, HDFS,
 * S3): the contract's directory form ({@code dataset.json} and {@code <kind>.jsonl}), or the
 * same with a Parquet directory per record kind ({@code <kind>.parquet}, written by
 * {@code party-spark convert}). The driver reads it whole with party-model's reader, which checks
 * every record as {@code party-audit} does; the executors read each kind's lines for their groups.
 */
final class DatasetInput {

    /** How the records of each kind are stored. */
    enum Form { JSON_LINES, PARQUET }

    static final String META = "dataset.json";

    private final Path dir;
    private final Form form;

    private DatasetInput(Path dir, Form form) {
        this.dir = dir;
        this.form = form;
    }

    /** The dataset at {@code location}; a location that holds none is the user's mistake, said in words. */
    static DatasetInput at(SparkSession spark, String location) throws InvalidDatasetException, IOException {
        Path dir = new Path(location);
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(dir)) {
            throw invalid(location, "", "There is no dataset here.");
        }
        if (!fs.getFileStatus(dir).isDirectory()) {
            throw invalid(location, "", "A Spark audit reads the directory form (dataset.json and one file per record"
                    + " kind); write a JSON document in that form with 'party-audit' or the generator's --form dir.");
        }
        boolean parquet = fs.exists(new Path(dir, RecordKind.ORGANIZATIONS.jsonName() + ".parquet"));
        return new DatasetInput(dir, parquet ? Form.PARQUET : Form.JSON_LINES);
    }

    Form form() {
        return form;
    }

    /**
     * The whole dataset, read and checked on the driver as {@code party-audit} reads it. A problem
     * in a Parquet file is named by its row ({@code memberships.parquet row 4182.admitted}).
     */
    LoadedDataset readWhole(SparkSession spark) throws InvalidDatasetException, IOException {
        FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (form == Form.JSON_LINES && "file".equals(fs.getScheme())) {
            return DatasetReader.read(java.nio.file.Path.of(dir.toUri().getPath()));
        }
        java.nio.file.Path local = Files.createTempDirectory("party-spark-input");
        try {
            Path meta = new Path(dir, META);
            if (fs.exists(meta)) {
                fs.copyToLocalFile(false, meta, new Path(local.resolve(META).toUri()), true);
            }
            for (RecordKind kind : RecordKind.values()) {
                copy(spark, fs, kind, local);
            }
            try {
                return DatasetReader.read(local);
            } catch (InvalidDatasetException e) {
                throw form == Form.PARQUET ? named(e, dir.toString()) : e;
            }
        } finally {
            delete(local);
        }
    }

    /** Copies one kind's records to {@code local} as JSON Lines (a Parquet file row by row, in order). */
    private void copy(SparkSession spark, FileSystem fs, RecordKind kind, java.nio.file.Path local) throws IOException {
        Path source = file(kind);
        if (!fs.exists(source)) {
            return;
        }
        java.nio.file.Path target = local.resolve(kind.jsonName() + ".jsonl");
        if (form == Form.JSON_LINES) {
            fs.copyToLocalFile(false, source, new Path(target.toUri()), true);
            return;
        }
        try (BufferedWriter w = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            Iterator<String> rows = spark.read().parquet(source.toString()).toJSON().toLocalIterator();
            while (rows.hasNext()) {
                w.write(rows.next());
                w.write('\n');
            }
        }
    }

    /** The file (or Parquet directory) of {@code kind}'s records. */
    Path file(RecordKind kind) {
        return new Path(dir, kind.jsonName() + (form == Form.PARQUET ? ".parquet" : ".jsonl"));
    }

    /** Whether the input has a file of {@code kind}'s records. */
    boolean has(SparkSession spark, RecordKind kind) throws IOException {
        return file(kind).getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(file(kind));
    }

    /**
     * The records of {@code kind} as their JSON lines, read by the executors, each with its place
     * in the input (increasing in the order of the file).
     */
    JavaRDD<Line> lines(SparkSession spark, RecordKind kind) {
        String path = file(kind).toString();
        // JSON Lines by the plain RDD API: no query to plan and compile for what is only text.
        JavaRDD<String> text = form == Form.PARQUET
                ? spark.read().parquet(path).toJSON().javaRDD()
                : org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()).textFile(path);
        int k = kind.ordinal();
        return text.mapPartitionsWithIndex((part, it) -> {
            List<Line> out = new ArrayList<>();
            long i = 0;
            while (it.hasNext()) {
                String l = it.next();
                if (RecordLines.holdsRecord(l)) {
                    out.add(new Line(k, ((long) part << 40) | i, l));
                }
                i++;
            }
            return out.iterator();
        }, true);
    }

    private static final Pattern JSONL_LINE = Pattern.compile("^([A-Za-z]+)\\.jsonl:(\\d+)");

    /** The reader's problems with the Parquet file and row in place of the copy's file and line. */
    private static InvalidDatasetException named(InvalidDatasetException e, String source) {
        List<Problem> renamed = new ArrayList<>();
        for (Problem p : e.problems()) {
            Matcher m = JSONL_LINE.matcher(p.path());
            String path = m.find() ? m.replaceFirst(m.group(1) + ".parquet row " + m.group(2)) : p.path();
            renamed.add(p.isError() ? Problem.error(path, p.message()) : Problem.warning(path, p.message()));
        }
        return new InvalidDatasetException(source, renamed);
    }

    private static InvalidDatasetException invalid(String source, String path, String message) {
        return new InvalidDatasetException(source, List.of(Problem.error(path.isEmpty() ? source : path, message)));
    }

    private static void delete(java.nio.file.Path dir) {
        try (Stream<java.nio.file.Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // A temporary copy left behind is not the audit's failure.
        }
    }
}
