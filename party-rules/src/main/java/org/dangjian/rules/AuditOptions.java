package org.dangjian.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * How to run an audit: the language of messages, parameters that override the pack's defaults,
 * the SHA-256 of the input as read (else it is computed from the records), and the most rule
 * firings one audit may take before it stops with an error (a rule that keeps firing).
 */
public record AuditOptions(
        Language language,
        Optional<Parameters> parameters,
        Optional<String> datasetSha256,
        long maxFirings) {

    /** Chinese messages, the pack's parameters, no firing limit below ten million per session. */
    public static final AuditOptions DEFAULTS =
            new AuditOptions(Language.ZH, Optional.empty(), Optional.empty(), 10_000_000L);

    public AuditOptions {
        Objects.requireNonNull(language, "language");
        parameters = parameters == null ? Optional.empty() : parameters;
        datasetSha256 = datasetSha256 == null ? Optional.empty() : datasetSha256;
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1");
        }
    }

    public AuditOptions withLanguage(Language l) {
        return new AuditOptions(l, parameters, datasetSha256, maxFirings);
    }

    /** With thresholds overriding the pack's (checked when the audit starts). */
    public AuditOptions withParameters(Parameters p) {
        return new AuditOptions(language, Optional.of(p), datasetSha256, maxFirings);
    }

    public AuditOptions withDatasetSha256(String sha) {
        return new AuditOptions(language, parameters, Optional.of(sha), maxFirings);
    }

    public AuditOptions withMaxFirings(long max) {
        return new AuditOptions(language, parameters, datasetSha256, max);
    }
}
