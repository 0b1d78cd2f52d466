/**
 * The report formats (docs/reports.md): text, JSON (the report contract), CSV, HTML, SARIF and
 * JUnit XML, each a {@link org.dangjian.rules.report.ReportWriter} listed in
 * {@link org.dangjian.rules.report.ReportFormat}. A writer writes to the stream it is given and
 * never prints; {@link org.dangjian.rules.report.ReportJson} also reads a report back (a baseline).
 */
package org.dangjian.rules.report;
