package org.dangjian.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit pack keygen|sign|verify}: signed rule packs (规则包签名). One class per
 * subcommand; this one only groups them.
 */
@Command(name = "pack",
        mixinStandardHelpOptions = true,
        description = {"Signs rule packs and checks their signatures (Ed25519 over every file of the pack).",
                "keygen makes a key pair, sign signs a pack with the private key, verify checks a pack."},
        subcommands = {PackKeygenCommand.class, PackSignCommand.class, PackVerifyCommand.class})
final class PackCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return PartyAudit.INVALID;
    }
}
