package org.dangjian.rules.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of a DRL file as text: each rule's name, the line it starts on, and the parameters
 * its text reads ({@code $p.num("trn.memberMinHours")}). Used to place metadata problems and to
 * list each rule's parameters, which the compiled rule does not keep.
 */
final class DrlSource {

    /** A rule's block in a file. */
    record RuleText(String name, String file, int line, String text, List<String> parameters) {
    }

    // [ \t]*, not \s*: \s would start the match on a blank line above the rule, one line too early.
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+(\"([^\"]+)\"|'([^']+)'|(\\S+))");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end[ \\t]*$");
    private static final Pattern PARAM = Pattern.compile("\\.(?:num|integer|text|brackets)\\(\\s*\"([^\"]+)\"\\s*\\)");

    private DrlSource() {
    }

    static List<RuleText> rules(String file, String text) {
        List<RuleText> out = new ArrayList<>();
        Matcher m = RULE.matcher(text);
        while (m.find()) {
            String name = m.group(2) != null ? m.group(2) : m.group(3) != null ? m.group(3) : m.group(4);
            Matcher e = END.matcher(text);
            int stop = e.find(m.end()) ? e.end() : text.length();
            String block = text.substring(m.start(), stop);
            out.add(new RuleText(name, file, lineOf(text, m.start()), block, parameters(block)));
        }
        return out;
    }

    static List<String> parameters(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher p = PARAM.matcher(text);
        while (p.find()) {
            names.add(p.group(1));
        }
        return List.copyOf(names);
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
