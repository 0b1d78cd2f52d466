package org.dangjian.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackSignature;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RulePack;
import org.dangjian.rules.TrustedKeys;

/** The engine of {@code --rules} packs over the built-in one, and {@code --params} files, as the commands that audit read them. */
final class RulePacks {

    private RulePacks() {
    }

    /**
     * The built-in pack with each of {@code dirs} added (or replacing it); the built-in alone is
     * compiled once per JVM. With {@code keys}, each pack must be signed by one of them.
     *
     * @param warnings told of a signature that does not hold on a pack not required to be signed
     * @throws Refused if {@code keys} are given and a pack is not signed by one of them
     */
    static ComplianceEngine engine(List<Path> dirs, Optional<TrustedKeys> keys, Consumer<String> warnings)
            throws PackException, IOException, Refused {
        if (dirs.isEmpty()) {
            return ComplianceEngine.builtIn();
        }
        RulePack pack = RulePack.builtIn();
        for (Path dir : dirs) {
            pack = pack.extendedBy(load(dir, keys, warnings));
        }
        return ComplianceEngine.compile(pack);
    }

    /** One {@code --rules} pack, checked against {@code keys} when given (see {@link #engine}). */
    static RulePack load(Path dir, Optional<TrustedKeys> keys, Consumer<String> warnings)
            throws PackException, IOException, Refused {
        RulePack local = RulePack.load(dir);
        if (keys.isPresent()) {
            try {
                local.requireSigned(keys.get());
            } catch (PackException e) {
                throw new Refused(dir, e);
            }
        }
        for (PackSignature s : local.signatures()) {
            s.problems().forEach(p -> warnings.accept("party-audit: warning: the signature of " + dir
                    + " does not hold: " + p));
        }
        return local;
    }

    /** A pack that {@code --require-signed} refuses: which one, and the pack's problems (file named). */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient PackException problems;

        Refused(Path dir, PackException problems) {
            super("the rule pack " + dir + " is refused (--require-signed); nothing was audited:");
            this.problems = problems;
        }

        PackException problems() {
            return problems;
        }
    }

    /**
     * The thresholds of {@code file} ({@code name = value} lines), checked against {@code engine}'s
     * now, before any rule runs; empty without a file.
     *
     * @throws org.dangjian.rules.InvalidParametersException naming each bad line
     */
    static Optional<Parameters> overrides(Path file, ComplianceEngine engine) throws IOException {
        if (file == null) {
            return Optional.empty();
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Parameters overrides = Parameters.parse(r, file.toString());
            engine.parameters().override(overrides);
            return Optional.of(overrides);
        }
    }
}
