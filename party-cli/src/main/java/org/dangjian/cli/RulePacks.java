package org.dangjian.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;
import org.dangjian.rules.Parameters;
import org.dangjian.rules.RulePack;

/** The engine of {@code --rules} packs over the built-in one, and {@code --params} files, as the commands that audit read them. */
final class RulePacks {

    private RulePacks() {
    }

    /** The built-in pack with each of {@code dirs} added (or replacing it); the built-in alone is compiled once per JVM. */
    static ComplianceEngine engine(List<Path> dirs) throws PackException, IOException {
        if (dirs.isEmpty()) {
            return ComplianceEngine.builtIn();
        }
        RulePack pack = RulePack.builtIn();
        for (Path dir : dirs) {
            pack = pack.extendedBy(RulePack.load(dir));
        }
        return ComplianceEngine.compile(pack);
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
