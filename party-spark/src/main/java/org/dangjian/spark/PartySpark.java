package org.dangjian.spark;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code party-spark}: the rule pack on Apache Spark, for a province or the nation in one audit.
 * Exit status as {@code party-audit}'s: 0 no finding at or above {@code --fail-on}, 1 some, 2 a
 * bad dataset, pack, parameters or command line (nothing is written then); and 3 a job that failed
 * otherwise (Spark gave up on a task after its retries; nothing is written either).
 */
@Command(name = "party-spark", mixinStandardHelpOptions = true,
        description = "Audits a dataset on Apache Spark, by organization subtree, with the same findings as party-audit.",
        subcommands = {SparkAuditCommand.class, ConvertCommand.class})
public final class PartySpark implements Runnable {

    static final int OK = 0;
    static final int FINDINGS = 1;
    static final int INVALID = 2;
    /** The job failed for a reason that is not the dataset's, the pack's or the command line's. */
    static final int FAILED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line; tests set its err writer and call {@code execute}. */
    static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new PartySpark());
        cmd.setExecutionExceptionHandler(PartySpark::failure);
        return cmd;
    }

    /**
     * A job that failed otherwise (Spark gave up on a task after its retries, an executor or the
     * file system was lost): not exit 1, which says "findings", but 3, with what Spark said.
     * Nothing was written: the output is staged and moved into place only at the end.
     */
    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        cmd.getErr().println("party-spark: the job failed (not for the dataset, the pack or the command line); "
                + "nothing was written:");
        e.printStackTrace(cmd.getErr());
        return FAILED;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command: audit or convert");
    }
}
