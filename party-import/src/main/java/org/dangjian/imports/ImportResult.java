package org.dangjian.imports;

import java.util.Optional;
import org.dangjian.model.Dataset;

/**
 * The dataset an import made (empty when a row was rejected and the import did not keep going,
 * or the whole failed validation) and its report.
 */
public record ImportResult(Optional<Dataset> dataset, ImportReport report) {}
