package org.dangjian.rules.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dangjian.rules.AuditReport;

/**
 * Every report format, each a {@link ReportWriter} with its file extension: what
 * {@code party-audit audit --format} offers, and what an embedding system picks from.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("report." + ReportFormat.HTML.extension()))) {
 *     ReportFormat.HTML.write(report, context, out);
 * }
 * }</pre>
 */
public enum ReportFormat implements ReportWriter {
    TEXT("txt") {
        @Override
        public void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            out.write(TextReport.render(report, context::organizationName).getBytes(StandardCharsets.UTF_8));
        }
    },
    JSON("json") {
        @Override
        public void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            ReportJson.write(report, out);
            out.write('\n');
        }
    },
    CSV("csv") {
        @Override
        public void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            CsvReport.write(report, context, out);
        }
    },
    HTML("html") {
        @Override
        public void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            HtmlReport.write(report, context, out);
        }
    },
    SARIF("sarif") {
        @Override
        public void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            SarifReport.write(report, context, out);
            out.write('\n');
        }
    },
    JUNIT("xml") {
        @Override
        public void write(AuditReport report, ReportContext context, OutputStream out) throws IOException {
            JunitReport.write(report, context, out);
        }
    };

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension of this format: {@code --output report} writes {@code report.json}. */
    @Override
    public String extension() {
        return extension;
    }

    /** Parses one format word in any case: {@code html}, {@code JSON}. */
    public static ReportFormat parse(String word) {
        try {
            return valueOf(word.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown format '" + word + "' (one of: "
                    + String.join(", ", java.util.Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList())
                    + ")");
        }
    }
}
