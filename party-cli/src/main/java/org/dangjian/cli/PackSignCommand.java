package org.dangjian.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dangjian.rules.PackException;
import org.dangjian.rules.PackSignature;
import org.dangjian.rules.authoring.PackSigning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit pack sign PACK --key KEY}: signs every file of a pack (签名), writing
 * {@code pack.signature} into the directory or jar.
 */
@Command(name = "sign",
        mixinStandardHelpOptions = true,
        description = {"Signs every file of a rule pack (directory or jar) with a private key of 'pack keygen': "
                + "writes pack.signature into the pack (replacing an older one). Sign again after any change.",
                "Exit status 0: signed; 2: not a pack, not a key, or a private key inside the pack."})
final class PackSignCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACK", description = "The rule pack: a directory or a jar.")
    Path pack;

    @Option(names = "--key", paramLabel = "KEY", required = true, description = "The private key file (NAME.key).")
    Path key;

    @Override
    public Integer call() throws IOException {
        PackSignature s;
        try {
            s = PackSigning.sign(pack, key);
        } catch (PackException e) {
            return PackErrors.print(spec.commandLine().getErr(), "not signed:", e.problems(), null);
        }
        spec.commandLine().getOut().println(PackVerifyCommand.describe(s) + "; wrote " + s.file());
        spec.commandLine().getOut().flush();
        return PartyAudit.OK;
    }
}
