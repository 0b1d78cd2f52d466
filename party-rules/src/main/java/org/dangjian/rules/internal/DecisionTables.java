package org.dangjian.rules.internal;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.RulePack;

/**
 * Drools decision tables (决策表) among a pack's rules: {@code rules/*.drl.xlsx}, {@code *.drl.xls}
 * or {@code *.drl.csv} (Drools 8 and later want the {@code .drl} before the extension). Each is
 * turned into DRL text first, so the DRL that is safety-checked is exactly the DRL compiled, and
 * its rules carry the same metadata as hand-written ones (a METADATA column per {@code @id},
 * {@code @severity}, {@code @title}, {@code @clause}).
 */
final class DecisionTables {

    static final List<String> SUFFIXES = List.of(".drl.xlsx", ".drl.xls", ".drl.csv");

    private DecisionTables() {
    }

    /**
     * A problem found in the DRL made from a table, placed in the table: a CSV table's row that names
     * the rule ({@code rule "NAME"} in the message); other lines of the generated DRL mean nothing to
     * the author, so a spreadsheet's problem keeps only the rule's name.
     */
    static PackProblem place(PackProblem p) {
        if (!isTable(p.file()) || p.line() == 0) {
            return p;
        }
        java.util.regex.Matcher rule = java.util.regex.Pattern.compile("^rule \"([^\"]+)\"").matcher(p.message());
        String table = TABLES.get().get(p.file());
        if (p.message().startsWith("package ") && table != null) {
            String[] lines = table.split("\n", -1);
            for (int k = 0; k < lines.length; k++) {
                if (lines[k].startsWith("RuleSet")) {
                    return PackProblem.error(p.file(), k + 1, 1, p.message() + " (the RuleSet cell)");
                }
            }
        }
        if (rule.find() && table != null && p.file().endsWith(".csv")) {
            String[] lines = table.split("\n", -1);
            for (int k = 0; k < lines.length; k++) {
                if (lines[k].startsWith(rule.group(1) + ",") || lines[k].startsWith("\"" + rule.group(1) + "\",")) {
                    return PackProblem.error(p.file(), k + 1, 1, p.message());
                }
            }
        }
        return PackProblem.error(p.file(), 0, 0, p.message());
    }

    /** The CSV tables of the pack compiled last on this thread, for {@link #place}. */
    static final ThreadLocal<Map<String, String>> TABLES = ThreadLocal.withInitial(Map::of);

    /** Whether {@code path} is a decision table. */
    static boolean isTable(String path) {
        return SUFFIXES.stream().anyMatch(path::endsWith);
    }

    /** The DRL of every decision table of {@code pack}, by the table's path; unreadable tables are problems. */
    static SortedMap<String, String> toDrl(RulePack pack, List<PackProblem> problems) {
        SortedMap<String, String> out = new TreeMap<>();
        Map<String, String> tables = new TreeMap<>();
        pack.files().forEach((path, text) -> {
            if (path.endsWith(".drl.csv")) {
                tables.put(path, text);
            }
        });
        TABLES.set(tables);
        for (Map.Entry<String, String> f : pack.files().entrySet()) {
            String path = f.getKey();
            boolean inRules = path.startsWith("rules/") || path.contains("/rules/");
            if (!inRules || !isTable(path)) {
                continue;
            }
            InputType type = path.endsWith(".csv") ? InputType.CSV : InputType.XLS;
            try {
                String drl = new SpreadsheetCompiler().compile(
                        new ByteArrayInputStream(Spreadsheets.bytes(path, f.getValue())), type);
                out.put(path, drl);
            } catch (RuntimeException e) {
                String msg = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
                problems.add(PackProblem.error(path, 0, 0, "cannot read the decision table: " + msg.replaceAll("\\s+", " ")));
            }
        }
        return out;
    }
}
