package org.dangjian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dangjian.rules.PackException;
import org.dangjian.rules.authoring.PackSigning;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit pack keygen --out DIR}: a new Ed25519 key pair for signing packs (生成签名密钥):
 * {@code NAME.key}, readable by its owner only, and {@code NAME.pub} to hand to those who verify.
 */
@Command(name = "keygen",
        mixinStandardHelpOptions = true,
        description = {"Makes an Ed25519 key pair for signing rule packs: NAME.key (private, readable by you only; "
                + "never put it into a pack) and NAME.pub (public: goes into the --trusted-keys directory of those "
                + "who check your packs).", "Exit status 0: written; 2: a key already there, or DIR inside a pack."})
final class PackKeygenCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Where to write the keys (created if missing; never inside a rule pack).")
    Path out;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "signing",
            description = "The keys' file name: NAME.key and NAME.pub (default: ${DEFAULT-VALUE}).")
    String name;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        PackSigning.KeyFiles keys;
        try {
            keys = PackSigning.generate(out, name);
        } catch (PackException e) {
            return PackErrors.print(err, "no key written:", e.problems(), null);
        } catch (FileAlreadyExistsException e) {
            err.println("party-audit: " + e.getFile() + " already exists: a key is never overwritten (choose --name)");
            return PartyAudit.INVALID;
        } catch (IllegalArgumentException e) {
            err.println("party-audit: --name: " + e.getMessage());
            return PartyAudit.INVALID;
        }
        PrintWriter o = spec.commandLine().getOut();
        o.println("private key: " + keys.privateKey() + " (readable by you only; keep it out of every pack)");
        o.println("public key:  " + keys.publicKey() + " (copy it into the --trusted-keys directory of those who check)");
        o.println("fingerprint: " + keys.fingerprint());
        o.flush();
        return PartyAudit.OK;
    }
}
