package org.dangjian.cli;

import java.io.IOException;
import java.util.Optional;
import org.dangjian.rules.PackException;
import org.dangjian.rules.TrustedKeys;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code --require-signed} with its {@code --trusted-keys}, shared by the commands that take
 * {@code --rules} packs ({@code audit}, {@code impact}): a picocli mixin.
 */
final class RequireSignedOption {

    @Option(names = "--require-signed",
            description = "Refuse every --rules pack that is not signed by a key in --trusted-keys, or that has a file "
                    + "changed, added or removed since signing (the built-in pack is trusted as part of the program).")
    boolean required;

    @Mixin
    TrustedKeysOption trusted;

    /** What is wrong with the two options together: each needs the other. */
    Optional<String> usageProblem() {
        if (required == (trusted.dir != null)) {
            return Optional.empty();
        }
        return Optional.of(required
                ? "--require-signed needs --trusted-keys, the directory of the keys whose signatures are accepted"
                : "--trusted-keys goes with --require-signed");
    }

    /** The keys every {@code --rules} pack must be signed by; empty when signatures are not required. */
    Optional<TrustedKeys> keys() throws IOException, PackException {
        return trusted.read();
    }
}
