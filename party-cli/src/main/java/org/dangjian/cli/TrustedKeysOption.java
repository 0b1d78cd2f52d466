package org.dangjian.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.dangjian.rules.PackException;
import org.dangjian.rules.TrustedKeys;
import picocli.CommandLine.Option;

/** {@code --trusted-keys DIR}, shared by the commands that check who signed a pack (a picocli mixin). */
final class TrustedKeysOption {

    @Option(names = "--trusted-keys", paramLabel = "DIR",
            description = "A directory of trusted public keys (*.pub, as 'party-audit pack keygen' writes them): "
                    + "a pack must be signed by one of them.")
    Path dir;

    /** The keys in {@code --trusted-keys}, if given. */
    Optional<TrustedKeys> read() throws IOException, PackException {
        return dir == null ? Optional.empty() : Optional.of(TrustedKeys.read(dir));
    }
}
