package org.dangjian.rules.authoring;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.RulePack;

/**
 * The optional {@code PACK} of lint, test and rules: a pack directory (or jar). One that extends
 * the built-in pack is checked together with it, but only its own files are reported, by the paths
 * the officer knows ({@code packs/street/rules/local.drl} becomes {@code PACK/rules/local.drl}).
 * Without {@code PACK}, the built-in pack itself.
 *
 * @param pack  what the engine compiles
 * @param root  the prefix of the officer's files inside {@code pack}: {@code ""} or {@code packs/NAME/}
 * @param label how the pack is named in output
 */
public record PackArgument(RulePack pack, String root, Optional<Path> dir, String label) {

    /** {@code path} as lint, test and rules take it; {@code null} for the built-in pack. */
    public static PackArgument load(Path path) throws IOException, PackException {
        if (path == null) {
            RulePack builtIn = RulePack.builtIn();
            return new PackArgument(builtIn, "", Optional.empty(), builtIn.name() + " " + builtIn.version());
        }
        RulePack own = RulePack.load(path);
        String label = own.name() + " " + own.version();
        if (own.mode() == RulePack.Mode.REPLACES) {
            return new PackArgument(own, "", Optional.of(path), label);
        }
        return new PackArgument(RulePack.builtIn().extendedBy(own), "packs/" + own.name() + "/", Optional.of(path), label);
    }

    /** The engine of {@link #pack}: the built-in pack's shared one when no PACK was given. */
    public ComplianceEngine engine() throws PackException {
        return dir.isEmpty() && root.isEmpty() && pack == RulePack.builtIn()
                ? ComplianceEngine.builtIn() : ComplianceEngine.compile(pack);
    }

    /** Whether a file of {@link #pack} is the officer's own (not the built-in pack's it extends). */
    public boolean own(String file) {
        return root.isEmpty() ? !file.startsWith("packs/") || dir.isEmpty() : file.startsWith(root);
    }

    /** A file of {@link #pack} as the officer finds it on disk. */
    public String display(String file) {
        String inside = own(file) && !root.isEmpty() ? file.substring(root.length()) : file;
        if (dir.isPresent() && own(file)) {
            return dir.get().resolve(inside).toString();
        }
        return inside;
    }

    /** {@code problem} with its file as the officer finds it. */
    public PackProblem display(PackProblem problem) {
        return new PackProblem(display(problem.file()), problem.line(), problem.column(), problem.message(),
                problem.warning());
    }

    /** A rule source ({@code packs/street/rules/local.drl:12}) as the officer finds it. */
    public String displaySource(String source) {
        int colon = source.lastIndexOf(':');
        if (colon > 0 && source.substring(colon + 1).matches("\\d+")) {
            return display(source.substring(0, colon)) + source.substring(colon);
        }
        return display(source);
    }
}
