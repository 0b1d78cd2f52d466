package org.dangjian.rules.vocabulary.weak;

import java.time.YearMonth;
import java.util.List;
import org.dangjian.rules.vocabulary.OrganizationFact;

/**
 * The longest run of consecutive completed months, reaching into the audit year, in which neither
 * the organization nor any organization below it held an activity of any kind (不开展活动). A run
 * may cross 1 January (November to January are three months), back to the month of the dataset's
 * earliest activity. Only months the organization existed throughout, and that began after its
 * last accepted rectification ended, count. The earliest run wins a tie. Exists only when some
 * month of the audit year was idle.
 */
public record InactiveMonths(String orgId, List<YearMonth> run) implements OrganizationFact {

    public InactiveMonths {
        run = List.copyOf(run);
    }

    /** The number of months in the run. */
    public int length() {
        return run.size();
    }
}
