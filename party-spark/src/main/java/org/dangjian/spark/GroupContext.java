package org.dangjian.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What every group's task shares, sent once to each executor: the dataset's date and kinds
 * present, the inputs it offers (so every group's plan is the whole dataset's) and the settings.
 * Its size does not grow with the district: the organizations and host units a group needs
 * reach it with its records ({@link Routing}).
 */
record GroupContext(LocalDate asOf, List<String> presentKinds, Set<String> available, JobSettings settings)
        implements Serializable {
}
