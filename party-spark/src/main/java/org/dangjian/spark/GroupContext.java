package org.dangjian.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every group's task shares, sent once to each executor: the dataset's date and kinds
 * present, the inputs it offers (so every group's plan is the whole dataset's), the settings,
 * every organization and host unit (as JSON lines, in the dataset's order: a group's records need
 * the organizations above them and those their members belong to elsewhere), and the group of
 * each organization (0 for the top's).
 */
record GroupContext(long id, LocalDate asOf, List<String> presentKinds, Set<String> available, JobSettings settings,
                    List<String> organizations, List<String> hostUnits, Map<String, Integer> groupOfOrganization)
        implements Serializable {
}
