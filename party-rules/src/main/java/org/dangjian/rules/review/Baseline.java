package org.dangjian.rules.review;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.dangjian.rules.AuditReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingStatus;

/**
 * Compares a report with a baseline, the report of a previous audit (整改台账, 回头看): each
 * finding is NEW or PERSISTING, and the previous report's findings that are gone are RESOLVED.
 *
 * <pre>{@code
 * AuditReport previous = ReportJson.read(in);
 * AuditReport now = Baseline.compare(previous, engine.audit(dataset));
 * now.review().resolved();   // fixed since the previous audit
 * }</pre>
 */
public final class Baseline {

    private Baseline() {
    }

    /** {@code current} with the status of each finding and the resolved ones, against {@code previous}. */
    public static AuditReport compare(AuditReport previous, AuditReport current) {
        Set<Finding.Key> before = previous.findings().stream().map(Finding::key).collect(Collectors.toSet());
        Set<Finding.Key> now = current.findings().stream().map(Finding::key).collect(Collectors.toSet());
        Map<Finding.Key, FindingStatus> status = new LinkedHashMap<>();
        for (Finding f : current.findings()) {
            status.put(f.key(), before.contains(f.key()) ? FindingStatus.PERSISTING : FindingStatus.NEW);
        }
        List<Finding> resolved = previous.findings().stream()
                .filter(f -> !now.contains(f.key()))
                .sorted(AuditReport.ORDER)
                .toList();
        AuditReport.BaselineInfo info = new AuditReport.BaselineInfo(previous.asOf(), previous.dataset().sha256());
        return current.withReview(current.review().withBaseline(info, status, resolved));
    }
}
