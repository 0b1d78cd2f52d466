package org.dangjian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.rules.PackException;
import org.dangjian.rules.authoring.PackLinter;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.authoring.PackArgument;
import org.dangjian.rules.authoring.RedundancyCheck;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit lint [PACK]}: checks a rule pack before anyone runs it (规则包检查) and prints
 * every problem as {@code file:line:column: message}: unsafe code, DRL errors, rule metadata
 * (@id one file per ID, a known @severity, @title, @clause), unknown and unused parameters, bad
 * cadence or parameter rows, and rules that are redundant with or subsumed by others (warnings).
 */
@Command(name = "lint",
        mixinStandardHelpOptions = true,
        description = {"Checks a rule pack: compiles it, checks metadata, parameters, safety and redundant rules.",
                "Without PACK, the built-in pack. Exit status 0: no errors (warnings allowed); 2: errors."})
final class LintCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CompileCacheOption compileCache;

    @Parameters(paramLabel = "PACK", arity = "0..1",
            description = "A rule pack directory (or jar). One that extends the built-in pack is checked with it.")
    Path packPath;

    @Option(names = "--no-redundancy", description = "Skip the redundant-rule check (drools-verifier, a few seconds).")
    boolean noRedundancy;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PackArgument arg;
        try {
            arg = PackArgument.load(packPath);
        } catch (PackException e) {
            return PackErrors.print(spec.commandLine().getErr(), "the pack's descriptor has errors:", e.problems(), null);
        }
        List<PackProblem> problems = new ArrayList<>(PackLinter.lint(arg.pack()));
        boolean errors = problems.stream().anyMatch(p -> !p.warning());
        if (!errors && !noRedundancy) {
            problems.addAll(RedundancyCheck.check(PackLinter.drl(arg.pack()), arg));
        }
        // An extending pack's officer sees the problems of their own files, and any error at all.
        List<PackProblem> shown = problems.stream().filter(p -> !p.warning() || arg.own(p.file()))
                .map(arg::display).toList();
        shown.forEach(out::println);
        long e = shown.stream().filter(p -> !p.warning()).count();
        long w = shown.size() - e;
        out.println(arg.label() + ": " + e + " error(s), " + w + " warning(s)");
        out.flush();
        return e > 0 ? PartyAudit.INVALID : PartyAudit.OK;
    }
}
