package org.dangjian.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackSignature;
import org.dangjian.rules.TrustedKeys;
import org.dangjian.rules.authoring.PackSigning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit pack verify PACK [--trusted-keys DIR]}: checks a pack's signature (验签):
 * every file as signed, nothing added or removed, and with {@code --trusted-keys} a trusted signer.
 */
@Command(name = "verify",
        mixinStandardHelpOptions = true,
        description = {"Checks a rule pack's signature: every file as signed, none added or removed; with "
                + "--trusted-keys, signed by one of those keys. Without it, says whose key signed.",
                "Exit status 0: the signature holds; 2: unsigned, a file changed, added or removed (named), "
                        + "or a key not trusted."})
final class PackVerifyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACK", description = "The rule pack: a directory or a jar.")
    Path pack;

    @Mixin
    TrustedKeysOption trusted;

    @Override
    public Integer call() throws IOException {
        Optional<TrustedKeys> keys;
        try {
            keys = trusted.read();
        } catch (PackException e) {
            return PackErrors.print(spec.commandLine().getErr(), "the trusted keys have errors:", e.problems(), null);
        }
        PackSignature s;
        try {
            s = PackSigning.verify(pack, keys);
        } catch (PackException e) {
            return PackErrors.print(spec.commandLine().getErr(), "the signature of " + pack + " does not hold:",
                    e.problems(), null);
        }
        spec.commandLine().getOut().println(describe(s) + keys.map(k -> ", a trusted key (" + k.where() + ")")
                .orElse(" (not checked against trusted keys: give --trusted-keys)"));
        spec.commandLine().getOut().flush();
        return PartyAudit.OK;
    }

    /** {@code street 1: every file as signed, pack sha256 …, key fingerprint …}. */
    static String describe(PackSignature s) {
        return s.pack() + " " + s.version() + ": every file as signed; pack sha256 " + s.sha256()
                + "; signed by key " + s.signer().orElseThrow();
    }
}
