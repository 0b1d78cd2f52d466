package org.dangjian.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.PackException;
import org.dangjian.rules.authoring.RuleCatalog;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.authoring.PackArgument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code party-audit rules [PACK]}: the rules of a pack (规则目录) with ID, severity, titles,
 * parameters and their values, cadence and clause; as text, Markdown (docs/rules.md) or JSON.
 * {@code --as-of DATE} lists what is in force that day (rules in force by date).
 */
@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = {"Lists the rules of a pack: ID, severity, title, parameters with their values, clause.",
                "Without PACK, the built-in pack. docs/rules.md is: rules --format markdown --notes party-rules/src/main/resources/org/dangjian/rules/vocabulary"})
final class RulesCommand implements Callable<Integer> {

    /** How the catalog is printed. */
    enum Format { text, markdown, json }

    @Spec
    CommandSpec spec;

    @Mixin
    CompileCacheOption compileCache;

    @Parameters(paramLabel = "PACK", arity = "0..1",
            description = "A rule pack directory (or jar). For one that extends the built-in pack, its own rules.")
    Path packPath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, markdown or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--all", description = "With an extending PACK: the built-in rules too.")
    boolean all;

    @Option(names = "--notes", paramLabel = "DIR",
            description = "Markdown notes (*.md but README.md, in DIR and its folders) appended to the Markdown "
                    + "catalog under \"Choices where the catalog is ambiguous\", in file-name order.")
    Path notes;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Only the rules in force on DATE (YYYY-MM-DD), one version per ID, with the parameters' "
                    + "values in force then: what an audit whose as-of date is DATE applies.")
    String asOf;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Format f;
        try {
            f = Format.valueOf(format.strip().toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("party-audit: unknown format '" + format + "' (one of: text, markdown, json)");
            return PartyAudit.INVALID;
        }
        java.util.Optional<java.time.LocalDate> day = java.util.Optional.empty();
        if (asOf != null) {
            try {
                day = java.util.Optional.of(java.time.LocalDate.parse(asOf.strip()));
            } catch (java.time.format.DateTimeParseException e) {
                spec.commandLine().getErr().println("party-audit: --as-of " + asOf + " is not a date; write YYYY-MM-DD.");
                return PartyAudit.INVALID;
            }
        }
        PackArgument arg = null;
        ComplianceEngine engine;
        try {
            arg = PackArgument.load(packPath);
            engine = arg.engine();
        } catch (PackException e) {
            return PackErrors.print(spec.commandLine().getErr(), "the rule pack has errors (run party-audit lint):",
                    e.problems(), arg);
        }
        PackArgument shown = arg;
        java.util.function.Predicate<RuleInfo> which = r -> all || shown.own(file(r));
        RuleCatalog catalog = day.isPresent() ? RuleCatalog.inForceOn(engine, day.get(), which) : RuleCatalog.of(engine, which);
        if (f != Format.markdown) {
            catalog = catalog.withSources(shown::displaySource);
        }
        switch (f) {
            case text -> out.print(catalog.text());
            case json -> out.print(catalog.json());
            case markdown -> out.print(catalog.markdown(notes()));
        }
        out.flush();
        return PartyAudit.OK;
    }

    private SortedMap<String, String> notes() throws IOException {
        // By file name (CAD.md, CITATIONS.md, DEV.md …), wherever each sits: each area's notes sit beside its rules.
        SortedMap<String, String> out = new TreeMap<>(java.util.Comparator
                .comparing((String k) -> k.substring(k.lastIndexOf('/') + 1)).thenComparing(k -> k));
        if (notes == null) {
            return out;
        }
        if (!Files.isDirectory(notes)) {
            throw new java.nio.file.NoSuchFileException(notes.toString(), null, "no notes directory");
        }
        try (Stream<Path> files = Files.walk(notes)) {
            for (Path p : (Iterable<Path>) files.filter(Files::isRegularFile).filter(x -> x.toString().endsWith(".md"))
                    .filter(x -> !x.getFileName().toString().equalsIgnoreCase("README.md")).sorted()::iterator) {
                out.put(notes.relativize(p).toString().replace('\\', '/'), Files.readString(p, StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static String file(RuleInfo r) {
        return r.source().replaceFirst(":\\d+$", "");
    }
}
