package org.dangjian.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.report.CsvReport;
import org.dangjian.rules.report.HtmlReport;
import org.dangjian.rules.report.JunitReport;
import org.dangjian.rules.report.ReportContext;
import org.dangjian.rules.report.ReportJson;
import org.dangjian.rules.report.SarifReport;
import org.dangjian.rules.report.TextReport;

/** The formats {@code party-audit audit --format} writes, each with its file extension. */
enum ReportFormat {
    TEXT("txt") {
        @Override
        void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            out.write(TextReport.render(report, context::organizationName).getBytes(StandardCharsets.UTF_8));
        }
    },
    JSON("json") {
        @Override
        void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            ReportJson.write(report, out);
            out.write('\n');
        }
    },
    CSV("csv") {
        @Override
        void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            CsvReport.write(report, context, out);
        }
    },
    HTML("html") {
        @Override
        void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            HtmlReport.write(report, context, out);
        }
    },
    SARIF("sarif") {
        @Override
        void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            SarifReport.write(report, context, out);
            out.write('\n');
        }
    },
    JUNIT("xml") {
        @Override
        void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            JunitReport.write(report, context, out);
        }
    };

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension of this format: {@code --output report} writes {@code report.json}. */
    String extension() {
        return extension;
    }

    abstract void write(AuditReport report, ReportContext context, OutputStream out) throws IOException;

    /** Parses one format word in any case. */
    static ReportFormat parse(String word) {
        try {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + word + "' (one of: "
                    + String.join(", ", java.util.Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList())
                    + ")");
        }
    }
}
