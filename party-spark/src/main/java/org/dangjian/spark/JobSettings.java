package org.dangjian.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Language;
import org.dangjian.rules.PackException;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RulePack;

/**
 * What every machine of an audit job needs to audit as the driver does: the extra rule packs (as
 * their files, so executors need no copy of their directories), the threshold overrides (as the
 * text of the {@code --params} file), the language and the firing limit. Serializable: it travels
 * to the executors once, in a broadcast.
 *
 * @param packs        the files of each pack added to the built-in pack ({@code --rules}), in order
 * @param paramsText   the text of the parameters file (empty without one: no overrides)
 * @param paramsSource the file's name, for the problems it may have
 */
public record JobSettings(List<SortedMap<String, String>> packs, String paramsText, String paramsSource,
                          Language language, long maxFirings) implements Serializable {

    public JobSettings {
        List<SortedMap<String, String>> copy = new ArrayList<>();
        packs.forEach(p -> copy.add(new TreeMap<>(p)));
        packs = List.copyOf(copy);
    }

    /** The built-in pack alone, default thresholds, Chinese messages. */
    public static JobSettings defaults() {
        return new JobSettings(List.of(), "", "", Language.ZH, AuditOptions.DEFAULTS.maxFirings());
    }

    /** The engine of these packs: the built-in pack's alone is compiled once per JVM. */
    public ComplianceEngine engine() throws PackException {
        if (packs.isEmpty()) {
            return ComplianceEngine.builtIn();
        }
        RulePack pack = RulePack.builtIn();
        for (SortedMap<String, String> files : packs) {
            pack = pack.extendedBy(RulePack.of(files));
        }
        return ComplianceEngine.compile(pack);
    }

    /** The threshold overrides, if any (checked against the pack on the driver before the job starts). */
    public Optional<Parameters> parameters() {
        if (paramsText.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Parameters.parse(new StringReader(paramsText), paramsSource));
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
    }

    /** The options of the audit on every machine. */
    public AuditOptions options() {
        AuditOptions o = AuditOptions.DEFAULTS.withLanguage(language).withMaxFirings(maxFirings)
                .withPartitioning(AuditOptions.Partitioning.SUBTREES);
        return parameters().map(o::withParameters).orElse(o);
    }
}
