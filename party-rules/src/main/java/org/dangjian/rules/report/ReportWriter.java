package org.dangjian.rules.report;

import java.io.IOException;
import java.io.OutputStream;
import org.dangjian.rules.AuditReport;

/**
 * Writes an audit report in one format to the stream it is given: never prints, never closes
 * the stream. Every format of {@link ReportFormat} is one; a system with a format of its own
 * implements this and is written to the same way.
 *
 * <pre>{@code
 * ReportWriter writer = ReportFormat.parse("sarif");
 * writer.write(report, ReportContext.of(units, engine.rules()), out);
 * }</pre>
 */
public interface ReportWriter {

    /** The file extension of this format, without the dot: {@code --output report} writes {@code report.json}. */
    String extension();

    /**
     * Writes {@code report}, naming organizations and rules from {@code context}.
     *
     * @throws IOException if {@code out} cannot be written to
     */
    void write(AuditReport report, ReportContext context, OutputStream out) throws IOException;
}
