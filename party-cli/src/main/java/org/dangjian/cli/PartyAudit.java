package org.dangjian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code party-audit} command (党建审计命令行): checks datasets of party grassroots
 * organizations. One class per subcommand; this one only dispatches.
 *
 * <p>Exit codes: {@value #OK} when all is well, {@value #FINDINGS} when an audit found something at or
 * above {@code --fail-on}, {@value #INVALID} for anything the user can fix
 * (a dataset with errors, a missing file, a bad command line, records that do not fit in the heap
 * Java was given). A user's mistake gets a message, never a stack trace.
 */
@Command(name = "party-audit",
        mixinStandardHelpOptions = true,
        versionProvider = PartyAudit.Version.class,
        description = "Checks the records of party grassroots organizations (党建) against their requirements.",
        subcommands = {ValidateCommand.class, AuditCommand.class, LintCommand.class, TestCommand.class,
                RulesCommand.class, ImportCommand.class, TemplateCommand.class, PackCommand.class,
                ImpactCommand.class})
public final class PartyAudit implements Callable<Integer> {

    /** Everything fine. */
    public static final int OK = 0;
    /** The audit found something at or above {@code --fail-on}. */
    public static final int FINDINGS = 1;
    /** The dataset has errors, a file is missing, or the command line is wrong. */
    public static final int INVALID = 2;

    @Spec
    CommandSpec spec;

    /** Without a subcommand there is nothing to do: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return INVALID;
    }

    /** Runs the command line and exits with its code. The only place that exits the JVM. */
    public static void main(String[] args) {
        int code;
        CompileCacheOption.useDefault(); // here, not in commandLine(): tests keep nothing on disk
        try {
            code = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // By now the stack has unwound and the dataset is garbage: there is room to say so.
            System.err.println("party-audit: " + outOfMemory(Runtime.getRuntime().maxMemory()));
            code = INVALID;
        }
        System.exit(code);
    }

    /** What to do when the records do not fit in the heap: nothing was written, give Java more. */
    static String outOfMemory(long maxHeapBytes) {
        long mb = maxHeapBytes / (1024 * 1024);
        long suggested = Math.max(2, (maxHeapBytes * 2 + (1L << 30) - 1) >> 30);
        return String.format("the records do not fit in the memory Java was given (a heap of %,d MB); no report was "
                + "written. Give it more, e.g. PARTY_AUDIT_JAVA_OPTS=-Xmx%dg ./party-audit ... or "
                + "java -Xmx%dg -jar party-audit.jar ... (docs/performance.md tells how much a district needs).",
                mb, suggested, suggested);
    }

    /** The configured command line; tests set its out and err writers and call {@code execute}. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new PartyAudit());
        cmd.setCaseInsensitiveEnumValuesAllowed(true); // --format HTML, --fail-on medium, --lang EN
        cmd.setParameterExceptionHandler(PartyAudit::badCommandLine);
        cmd.setExecutionExceptionHandler(PartyAudit::failure);
        return cmd;
    }

    private static int badCommandLine(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("party-audit: " + e.getMessage());
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        return INVALID;
    }

    /** An unreadable file is the user's to fix: one line. Anything else is our bug: let it show. */
    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof IOException io) {
            cmd.getErr().println("party-audit: " + describe(io));
            return INVALID;
        }
        throw e;
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory: " + e.getMessage();
        } else if (e instanceof AccessDeniedException) {
            return "permission denied: " + e.getMessage();
        }
        return "cannot read " + e.getMessage();
    }

    /** The version written into the jar's manifest at build time. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = PartyAudit.class.getPackage().getImplementationVersion();
            return new String[] {"party-audit " + (v == null ? "(development build)" : v)};
        }
    }
}
