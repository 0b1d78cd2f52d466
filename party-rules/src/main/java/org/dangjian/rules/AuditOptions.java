package org.dangjian.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * How to run an audit: the language of messages, parameters that override the pack's defaults,
 * the SHA-256 of the input as read (else it is computed from the records), the most rule
 * firings one session may take before it stops with an error (a rule that keeps firing), and
 * whether independent organization subtrees are evaluated in sessions of their own
 * ({@link Partitioning}; the findings are the same either way), who hears the audit's
 * progress ({@link AuditProgress}), and how many groups of subtrees a live audit keeps open
 * ({@code liveOpenGroups}; 0, the default: one session for the whole dataset; see
 * {@link Builder#liveOpenGroups(int)}).
 */
public record AuditOptions(
        Language language,
        Optional<Parameters> parameters,
        Optional<String> datasetSha256,
        long maxFirings,
        Partitioning partitioning,
        AuditProgress progress,
        int liveOpenGroups) {

    /** Chinese messages, the pack's parameters, no firing limit below ten million per session, partitioning {@code AUTO}. */
    public static final AuditOptions DEFAULTS =
            new AuditOptions(Language.ZH, Optional.empty(), Optional.empty(), 10_000_000L, Partitioning.AUTO, AuditProgress.NONE, 0);

    /**
     * Whether a batch audit evaluates independent organization subtrees (分区) in separate sessions,
     * in parallel over the cores, and merges their findings: the memory of the rule engine then
     * grows with the largest subtree, not with the whole dataset. The findings are the same as
     * one session's. A live audit keeps one session unless {@code liveOpenGroups} is set.
     */
    public enum Partitioning {
        /** Subtrees when the dataset is large (10,000 memberships or more) and every pack in use declares its rules subtree-safe ({@code partitioning = subtrees}); else one session. */
        AUTO,
        /** Subtrees whenever the pack declares its rules subtree-safe, whatever the size. */
        SUBTREES,
        /** One session for the whole dataset. */
        SINGLE_SESSION
    }

    /** Options without a partitioning choice: {@link Partitioning#AUTO}. */
    public AuditOptions(Language language, Optional<Parameters> parameters, Optional<String> datasetSha256, long maxFirings) {
        this(language, parameters, datasetSha256, maxFirings, Partitioning.AUTO, AuditProgress.NONE, 0);
    }

    /** Options with a live audit in one session ({@code liveOpenGroups} 0). */
    public AuditOptions(Language language, Optional<Parameters> parameters, Optional<String> datasetSha256,
                        long maxFirings, Partitioning partitioning, AuditProgress progress) {
        this(language, parameters, datasetSha256, maxFirings, partitioning, progress, 0);
    }

    public AuditOptions {
        Objects.requireNonNull(language, "language");
        partitioning = partitioning == null ? Partitioning.AUTO : partitioning;
        progress = progress == null ? AuditProgress.NONE : progress;
        parameters = parameters == null ? Optional.empty() : parameters;
        datasetSha256 = datasetSha256 == null ? Optional.empty() : datasetSha256;
        if (maxFirings < 1) {
            throw new IllegalArgumentException("maxFirings must be at least 1");
        }
        if (liveOpenGroups < 0) {
            throw new IllegalArgumentException("liveOpenGroups must be 0 (one session) or more");
        }
    }

    public AuditOptions withLanguage(Language l) {
        return new AuditOptions(l, parameters, datasetSha256, maxFirings, partitioning, progress, liveOpenGroups);
    }

    /** With thresholds overriding the pack's (checked when the audit starts). */
    public AuditOptions withParameters(Parameters p) {
        return new AuditOptions(language, Optional.of(p), datasetSha256, maxFirings, partitioning, progress, liveOpenGroups);
    }

    public AuditOptions withDatasetSha256(String sha) {
        return new AuditOptions(language, parameters, Optional.of(sha), maxFirings, partitioning, progress, liveOpenGroups);
    }

    public AuditOptions withMaxFirings(long max) {
        return new AuditOptions(language, parameters, datasetSha256, max, partitioning, progress, liveOpenGroups);
    }

    /** With subtrees evaluated in sessions of their own, or not ({@link Partitioning}). */
    public AuditOptions withPartitioning(Partitioning p) {
        return new AuditOptions(language, parameters, datasetSha256, maxFirings, p, progress, liveOpenGroups);
    }

    /** With a listener that hears how far the audit has got (a progress line). */
    public AuditOptions withProgress(AuditProgress listener) {
        return new AuditOptions(language, parameters, datasetSha256, maxFirings, partitioning, listener, liveOpenGroups);
    }

    /** With a live audit keeping at most {@code groups} groups of subtrees open ({@link Builder#liveOpenGroups}). */
    public AuditOptions withLiveOpenGroups(int groups) {
        return new AuditOptions(language, parameters, datasetSha256, maxFirings, partitioning, progress, groups);
    }

    /**
     * A builder starting from {@link #DEFAULTS}: what to use instead of the constructor, which
     * gains a parameter whenever an option is added.
     *
     * <pre>{@code
     * AuditOptions options = AuditOptions.builder().language(Language.EN).maxFirings(100_000).build();
     * }</pre>
     */
    public static Builder builder() {
        return new Builder(DEFAULTS);
    }

    /** A builder starting from these options. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Builds {@link AuditOptions} one option at a time; options not set keep their defaults. */
    public static final class Builder {

        private AuditOptions options;

        private Builder(AuditOptions start) {
            this.options = start;
        }

        /** The language of the findings' messages. */
        public Builder language(Language l) {
            options = options.withLanguage(l);
            return this;
        }

        /** Parameters overriding the pack's. */
        public Builder parameters(Parameters p) {
            options = options.withParameters(p);
            return this;
        }

        /** The SHA-256 of the dataset's file, which the report gives. */
        public Builder datasetSha256(String sha) {
            options = options.withDatasetSha256(sha);
            return this;
        }

        /** The most firings a session may make before the audit stops with {@link RuleFiringLimitException}. */
        public Builder maxFirings(long max) {
            options = options.withMaxFirings(max);
            return this;
        }

        /** Whether a batch audit runs subtree by subtree. */
        public Builder partitioning(Partitioning p) {
            options = options.withPartitioning(p);
            return this;
        }

        /** Who hears how the audit progresses. */
        public Builder progress(AuditProgress listener) {
            options = options.withProgress(listener);
            return this;
        }

        /**
         * How a live audit ({@link LiveAudit}) holds Drools' memory. 0 (the default): one session
         * holding the whole dataset, every change's cost the least. {@code n} above 0: a session per
         * group of organization subtrees of about 5,000 members (as a batch audit in partitions
         * has), the top (district, streets, host units) besides, and at most {@code n} groups'
         * sessions open at a time: Drools' memory, most of a live audit's, is then bounded by
         * {@code n} groups, not by the district. A closed group's facts and findings are kept in
         * Java; a change that reaches it opens it (its facts inserted, its rules fired: tens to
         * hundreds of milliseconds) and closes the group fired least recently; a change of
         * {@code asOf} or of what every group reads opens every group in turn. The findings are the
         * same either way. A pack that does not declare its rules subtree-safe keeps one session.
         */
        public Builder liveOpenGroups(int groups) {
            options = options.withLiveOpenGroups(groups);
            return this;
        }

        /** The options built. */
        public AuditOptions build() {
            return options;
        }
    }
}
