package org.dangjian.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --max-firings N}, shared by the commands that run audits (a picocli mixin). */
final class FiringLimitOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    long maxFirings = 10_000_000L;

    @Option(names = "--max-firings", paramLabel = "N", defaultValue = "10000000",
            description = "Stop an audit with an error naming the rule when rules fire more than this often: "
                    + "a rule that keeps firing (default: ${DEFAULT-VALUE}).")
    void maxFirings(long n) {
        if (n < 1) {
            throw new ParameterException(mixee.commandLine(), "--max-firings must be at least 1");
        }
        maxFirings = n;
    }
}
