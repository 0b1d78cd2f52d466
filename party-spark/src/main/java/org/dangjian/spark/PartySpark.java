package org.dangjian.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code party-spark}: the rule pack on Apache Spark, for a province or the nation in one audit.
 * Exit status as {@code party-audit}'s: 0 no finding at or above {@code --fail-on}, 1 some, 2 a
 * bad dataset, pack, parameters or command line (nothing is written then).
 */
@Command(name = "party-spark", mixinStandardHelpOptions = true,
        description = "Audits a dataset on Apache Spark, by organization subtree, with the same findings as party-audit.",
        subcommands = {SparkAuditCommand.class, ConvertCommand.class})
public final class PartySpark implements Runnable {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int INVALID = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(new CommandLine(new PartySpark()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: audit or convert");
    }
}
