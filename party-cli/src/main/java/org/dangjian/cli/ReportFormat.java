package org.dangjian.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.dangjian.model.Dataset;
import org.dangjian.model.Organization;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.report.ReportJson;
import org.dangjian.rules.report.TextReport;

/** The formats {@code party-audit audit --format} writes, each with its file extension. */
enum ReportFormat {
    TEXT("txt") {
        @Override
        void write(AuditReport report, Dataset dataset, OutputStream out) throws IOException {
            String text = TextReport.render(report,
                    id -> dataset.organization(id).map(Organization::name).orElse(id));
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    },
    JSON("json") {
        @Override
        void write(AuditReport report, Dataset dataset, OutputStream out) throws IOException {
            ReportJson.write(report, out);
            out.write('\n');
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

    abstract void write(AuditReport report, Dataset dataset, OutputStream out) throws IOException;

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
