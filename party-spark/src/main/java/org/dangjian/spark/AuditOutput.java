package org.dangjian.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.report.ReportJson;

/**
 * The job's output directory: {@code report.json} (the report contract's JSON: summary, rules not
 * evaluated, subjects not judged, findings), {@code findings.jsonl} (one finding per line, the
 * contract's finding object) and {@code findings.parquet} (the same columns; evidence as a map of
 * lists). Written beside the target and renamed into place at the end, so a failed job leaves
 * nothing half-written; an existing target is never overwritten.
 */
final class AuditOutput {

    static final String REPORT = "report.json";
    static final String FINDINGS_JSONL = "findings.jsonl";
    static final String FINDINGS_PARQUET = "findings.parquet";

    private static final JsonFactory JSON = new JsonFactory();

    /** The columns of {@code findings.parquet}: the contract's finding fields (a measure as its text). */
    static final StructType FINDING_COLUMNS = new StructType()
            .add("ruleId", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType, false)
            .add("severityText", DataTypes.StringType, false)
            .add("subjectType", DataTypes.StringType, false)
            .add("subjectId", DataTypes.StringType, false)
            .add("subjectName", DataTypes.StringType, false)
            .add("organizationId", DataTypes.StringType, false)
            .add("period", DataTypes.StringType, true)
            .add("periodText", DataTypes.StringType, true)
            .add("measured", DataTypes.StringType, true)
            .add("expected", DataTypes.StringType, true)
            .add("measuredText", DataTypes.StringType, true)
            .add("expectedText", DataTypes.StringType, true)
            .add("message", DataTypes.StringType, false)
            .add("clause", DataTypes.StringType, false)
            .add("evidence", DataTypes.createMapType(DataTypes.StringType,
                    DataTypes.createArrayType(DataTypes.StringType)), true)
            .add("progress", DataTypes.BooleanType, true);

    private AuditOutput() {
    }

    /** Whether {@code out} may be written: it must not exist yet. */
    static boolean free(SparkSession spark, String out) throws IOException {
        Path target = new Path(out);
        return !target.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(target);
    }

    /** Writes the report and findings to the directory {@code out}, all or nothing. */
    static void write(SparkSession spark, AuditReport report, String out) throws IOException {
        Path target = new Path(out);
        FileSystem fs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (fs.exists(target)) {
            throw new IOException(out + " exists; the audit writes a new directory and never over another");
        }
        Path staging = new Path(target.getParent() == null ? new Path(".") : target.getParent(),
                "." + target.getName() + ".writing-" + System.nanoTime());
        try {
            fs.mkdirs(staging);
            try (OutputStream o = fs.create(new Path(staging, REPORT), false)) {
                ReportJson.write(report, o);
            }
            List<String> lines = findingLines(report);
            try (OutputStream o = fs.create(new Path(staging, FINDINGS_JSONL), false)) {
                for (String l : lines) {
                    o.write(l.getBytes(StandardCharsets.UTF_8));
                    o.write('\n');
                }
            }
            // From the file just written, not from the driver's list: a list becomes one task whose
            // bytes exceed what a cluster's driver may send (170 MB for 1M members' 204,293 findings).
            spark.read().schema(FINDING_COLUMNS)
                    .json(new Path(staging, FINDINGS_JSONL).toString())
                    .coalesce(1)
                    .write().mode(SaveMode.ErrorIfExists).parquet(new Path(staging, FINDINGS_PARQUET).toString());
            if (!fs.rename(staging, target)) {
                throw new IOException("cannot move the output into " + out);
            }
        } finally {
            if (fs.exists(staging)) {
                fs.delete(staging, true);
            }
        }
    }

    /** Each finding as one line of the report contract's JSON. */
    static List<String> findingLines(AuditReport report) throws IOException {
        List<String> lines = new ArrayList<>(report.findings().size());
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        for (Finding f : report.findings()) {
            buf.reset();
            try (JsonGenerator g = JSON.createGenerator(buf, JsonEncoding.UTF8)) {
                ReportJson.writeFinding(g, f, report.language());
            }
            lines.add(buf.toString(StandardCharsets.UTF_8));
        }
        return lines;
    }
}
