package org.dangjian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.authoring.Scenario;
import org.dangjian.rules.authoring.ScenarioReader;
import org.dangjian.rules.authoring.ScenarioRunner;
import org.dangjian.rules.authoring.TestRun;
import org.dangjian.rules.authoring.PackArgument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit test [PACK]}: runs the scenarios in the pack's {@code tests/} (测试规则包),
 * prints a diff for each failing one (expected findings not raised, forbidden ones raised, with
 * their messages), then the coverage: rules no scenario shows firing, and rules no scenario shows
 * passing.
 */
@Command(name = "test",
        mixinStandardHelpOptions = true,
        description = {"Runs the scenarios of a rule pack (tests/*.json) and prints failures and coverage.",
                "Without PACK, the built-in pack. Exit status 0: all pass; 1: a scenario fails; 2: errors."})
final class TestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PACK", arity = "0..1",
            description = "A rule pack directory (or jar). One that extends the built-in pack runs with it.")
    Path packPath;

    @Mixin
    LanguageOption lang;

    @Mixin
    FiringLimitOption firings;

    @Mixin
    CompileCacheOption compileCache;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AuditOptions options = AuditOptions.DEFAULTS.withLanguage(lang.language).withMaxFirings(firings.maxFirings);
        PackArgument arg = null;
        ComplianceEngine engine;
        List<Scenario> scenarios;
        try {
            arg = PackArgument.load(packPath);
            engine = arg.engine();
            scenarios = ScenarioReader.read(engine, arg.pack().files(), arg.root());
        } catch (PackException e) {
            return PackErrors.print(err, "the pack or its scenarios have errors:", e.problems(), arg);
        }
        if (scenarios.isEmpty()) {
            err.println("party-audit: " + arg.label() + " has no scenarios: add tests/*.json (see docs/authoring.md)");
            return PartyAudit.INVALID;
        }
        PackArgument shown = arg;
        List<String> ids = engine.rules().stream().filter(r -> shown.own(source(r))).map(RuleInfo::id).toList();
        TestRun run = ScenarioRunner.run(engine, scenarios, options, ids);
        out.println(arg.label() + ": " + scenarios.size() + " scenario(s)");
        for (String line : run.lines()) {
            out.println(display(arg, line));
        }
        out.flush();
        if (run.errors() > 0) {
            return PartyAudit.INVALID;
        }
        return run.failed() > 0 ? PartyAudit.FINDINGS : PartyAudit.OK;
    }

    /** A result line names the scenario's place by its path in the pack: show the path on disk. */
    private static String display(PackArgument arg, String line) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\(([^():]+)(:\\d+:\\d+)\\)$").matcher(line);
        return m.find() ? line.substring(0, m.start()) + "(" + arg.display(m.group(1)) + m.group(2) + ")" : line;
    }

    private static String source(RuleInfo r) {
        return r.source().replaceFirst(":\\d+$", "");
    }
}
