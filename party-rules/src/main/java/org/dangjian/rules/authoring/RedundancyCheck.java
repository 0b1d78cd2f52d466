package org.dangjian.rules.authoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.rules.PackProblem;
import org.dangjian.rules.Validity;
import org.drools.verifier.Verifier;
import org.drools.verifier.builder.VerifierBuilderFactory;
import org.drools.verifier.report.components.MessageType;
import org.drools.verifier.report.components.Severity;
import org.drools.verifier.report.components.VerifierMessageBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;

/**
 * Redundant rules (冗余规则检查): rules with the same condition word for word (most often a copy
 * whose condition was left unchanged), and rules drools-verifier finds subsumed by another.
 * Reported as warnings at the rule's {@code file:line}; the pack still works.
 */
public final class RedundancyCheck {

    private static final Set<MessageType> REPORTED = Set.of(MessageType.SUBSUMPTION);
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+\"([^\"]+)\"");
    private static final Pattern NAMED = Pattern.compile("[Rr]ule ?\\[(.+?)]|\\(Rule '(.+?)'\\)");

    private static final String[] NOWHERE = {"rules", "0"};

    private RedundancyCheck() {
    }

    /**
     * Warnings for the DRL of a pack (file to text), each placed at a rule of the officer's own
     * files where there is one; the other rules are named with their files as shown to the officer.
     */
    public static List<PackProblem> check(SortedMap<String, String> drl, PackArgument arg) {
        Map<String, String[]> places = places(drl);
        Map<String, String> conditions = conditions(drl);
        Map<String, Validity> validity = validities(drl);
        // Versions of a requirement in force on different days never fire together: not redundant.
        java.util.function.Predicate<List<String>> together = rules -> rules.stream().allMatch(a -> rules.stream()
                .allMatch(b -> validity.getOrDefault(a, Validity.ALWAYS).overlaps(validity.getOrDefault(b, Validity.ALWAYS))));
        List<PackProblem> out = new ArrayList<>(sameConditions(conditions, places, arg, together));
        out.addAll(narrower(conditions, places, arg, together));
        Verifier verifier = VerifierBuilderFactory.newVerifierBuilder().newVerifier();
        try {
            verified(drl, conditions, places, arg).forEach((file, text) -> verifier.addResourcesToVerify(ResourceFactory
                    .newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setSourcePath(file), ResourceType.DRL));
            if (verifier.hasErrors()) {
                return out; // the engine's own compilation reports what is wrong with the DRL
            }
            // Some of drools-verifier's own rules print to System.out; lint's output is its own. One
            // analysis at a time, so that two checks in parallel cannot leave System.out silenced.
            synchronized (RedundancyCheck.class) {
                java.io.PrintStream stdout = System.out;
                System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
                try {
                    verifier.fireAnalysis();
                } finally {
                    System.setOut(stdout);
                }
            }
            Set<String> reported = new LinkedHashSet<>();
            for (Severity s : Severity.values()) {
                for (VerifierMessageBase m : verifier.getResult().getBySeverity(s)) {
                    if (!REPORTED.contains(m.getMessageType())) {
                        continue;
                    }
                    List<String> rules = rules(m);
                    if (rules.size() < 2 || rules.stream().noneMatch(r -> own(r, places, arg)) || !together.test(rules)
                            || !reported.add(String.join("|", rules.stream().sorted().toList()))) {
                        continue;
                    }
                    // Identical conditions are reported above; the verifier's equivalence and redundancy
                    // overlook bare boolean constraints (retired vs !retired), so only subsumption is taken.
                    if (rules.stream().map(conditions::get).distinct().count() == 1) {
                        continue;
                    }
                    rules.sort(java.util.Comparator.comparing(r -> !arg.own(places.getOrDefault(r, NOWHERE)[0])));
                    String[] at = places.getOrDefault(rules.get(0), NOWHERE);
                    String others = String.join(", ", rules.subList(1, rules.size()).stream()
                            .map(r -> "\"" + r + "\"" + where(places.get(r), arg)).toList());
                    out.add(PackProblem.warning(at[0], Integer.parseInt(at[1]), 1, "rule \"" + rules.get(0)
                            + "\" and " + others + " overlap: one's condition subsumes the other's, so whenever the "
                            + "narrower fires the wider fires too (drools-verifier)"));
                }
            }
        } catch (RuntimeException e) {
            // The verifier is an aid; a rule it cannot analyse is not the officer's error.
            out.add(PackProblem.warning("rules", 0, 0, "the redundancy check could not run: " + e.getMessage()));
        } finally {
            verifier.dispose();
        }
        return out;
    }

    /** Each rule's file and line (the first rule of a name, where names repeat). */
    static Map<String, String[]> places(SortedMap<String, String> drl) {
        Map<String, String[]> places = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                places.putIfAbsent(m.group(1), new String[] {file, String.valueOf(line)});
            }
        });
        return places;
    }

    private static final Pattern TYPE = Pattern.compile("(?<![\\w.$])([A-Z]\\w*)\\s*\\(");
    /** {@code or} between patterns (not {@code ||} between constraints, unless it could be both). */
    private static final Pattern OR = Pattern.compile("\\bor\\b|\\|\\|\\s*(\\$\\w+\\s*:|[A-Z]\\w*\\s*\\(|\\()");
    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end[ \\t]*$");

    /**
     * What drools-verifier is given: the officer's files whole, and of the files they extend only
     * the rules that could subsume or be subsumed by one of the officer's rules. The verifier
     * compares every pair of rules, so an extending pack of two rules cost as much as analysing all
     * of the built-in pack (minutes), and pairs of the built-in pack's own rules are never reported.
     * drools-verifier pairs patterns of the same fact type only, and one rule subsumes another only
     * if each of its patterns has a counterpart in the other; so a rule can be the narrower one only
     * of a rule that names every fact type of its top-level patterns (a condition with {@code or}
     * is kept whatever its types). Likewise a restriction subsumes only a restriction of the same
     * field, so the wider rule's constrained fields must all occur in the narrower one's condition:
     * an officer's {@code OrgProfile( fullMembers < 5 )} leaves out the built-in rules on
     * {@code OrgProfile} that never name {@code fullMembers} (and, the other way round, those that
     * constrain a field the officer's rule never names). Without it the analysis of a two-rule pack
     * on {@code OrgProfile} took half a minute and 4 GB.
     */
    static SortedMap<String, String> verified(SortedMap<String, String> drl, Map<String, String> conditions,
                                              Map<String, String[]> places, PackArgument arg) {
        List<Shape> mine = new ArrayList<>();
        conditions.forEach((rule, when) -> {
            if (own(rule, places, arg)) {
                mine.add(Shape.of(when));
            }
        });
        SortedMap<String, String> out = new java.util.TreeMap<>();
        drl.forEach((file, text) -> {
            if (arg.own(file)) {
                out.put(file, text);
                return;
            }
            StringBuilder kept = new StringBuilder();
            Matcher r = RULE.matcher(text);
            Matcher end = END.matcher(text);
            int copied = 0;
            while (r.find()) {
                String when = conditions.get(r.group(1));
                if (when == null || !file.equals(places.get(r.group(1))[0]) || !end.find(r.end())) {
                    continue; // a rule this check cannot read stays in
                }
                Shape shape = Shape.of(when);
                if (mine.stream().noneMatch(o -> shape.couldBeNarrowerThan(o) || o.couldBeNarrowerThan(shape))) {
                    kept.append(text, copied, r.start());
                    copied = end.end();
                }
            }
            out.put(file, kept.append(text, Math.min(copied, text.length()), text.length()).toString());
        });
        return out;
    }

    private static final Pattern WORD = Pattern.compile("(?<![\\w$])[a-z_]\\w*");
    /** A field a constraint compares ({@code fullMembers <}, {@code type ==}): not a bare boolean, not a method. */
    private static final Pattern CONSTRAINED = Pattern.compile("(?<![\\w.$])([a-z_]\\w*)(?:\\.\\w+)*\\s*"
            + "(?:==|!=|<=|>=|<|>|\\b(?:matches|memberOf|contains|in|not|soundslike|excludes|str)\\b)");

    /**
     * What a condition offers to subsumption: its fact types ({@link #typesOf}), the fields its
     * restrictions compare, and every lower-case word in it (which includes every field it
     * constrains). A condition with {@code or} has no top-level types and is never left out.
     */
    private record Shape(Set<String> topTypes, Set<String> allTypes, Set<String> fields, Set<String> words,
                         boolean hasOr) {

        static Shape of(String when) {
            String code = when.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
            Set<String>[] types = typesOf(when);
            Set<String> fields = new java.util.TreeSet<>();
            Matcher f = CONSTRAINED.matcher(code);
            while (f.find()) {
                if (!f.group(1).equals("this")) {
                    fields.add(f.group(1));
                }
            }
            Set<String> words = new java.util.TreeSet<>();
            Matcher w = WORD.matcher(code);
            while (w.find()) {
                words.add(w.group());
            }
            return new Shape(types[0], types[1], fields, words, OR.matcher(code).find());
        }

        /** Whether drools-verifier could find this condition subsumed by {@code wider}'s. */
        boolean couldBeNarrowerThan(Shape wider) {
            if (!allTypes.containsAll(wider.topTypes)) {
                return false;
            }
            return hasOr || wider.hasOr || words.containsAll(wider.fields);
        }
    }

    /**
     * The fact types a condition names ({@code Type(}): [0] those of its top-level patterns, which
     * every conjunction of the condition has (none if it has {@code or}), [1] all, nested ones too.
     */
    @SuppressWarnings("unchecked")
    private static Set<String>[] typesOf(String when) {
        String code = when.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        Set<String> top = new java.util.TreeSet<>();
        Set<String> all = new java.util.TreeSet<>();
        Matcher m = TYPE.matcher(code);
        int depth = 0;
        int at = 0;
        while (m.find()) {
            for (; at < m.start(); at++) {
                depth += code.charAt(at) == '(' ? 1 : code.charAt(at) == ')' ? -1 : 0;
            }
            all.add(m.group(1));
            if (depth == 0) {
                top.add(m.group(1));
            }
        }
        if (OR.matcher(code).find()) {
            top.clear();
        }
        return new Set[] {top, all};
    }

    private static boolean own(String rule, Map<String, String[]> places, PackArgument arg) {
        return arg.own(places.getOrDefault(rule, NOWHERE)[0]);
    }

    private static final Pattern WHEN = Pattern.compile("(?s)\\bwhen\\b(.*?)\\bthen\\b");
    private static final Pattern VALID = Pattern.compile("@(validFrom|validTo)\\(\\s*\"(\\d{4}-\\d{2}-\\d{2})\"\\s*\\)");

    /** Each rule's {@code @validFrom} / {@code @validTo} as its header says them (a bad date: always; compiling reports it). */
    static Map<String, Validity> validities(SortedMap<String, String> drl) {
        Map<String, Validity> out = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            Matcher r = RULE.matcher(text);
            List<Integer> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            while (r.find()) {
                starts.add(r.start());
                names.add(r.group(1));
            }
            for (int i = 0; i < names.size(); i++) {
                String block = text.substring(starts.get(i), i + 1 < names.size() ? starts.get(i + 1) : text.length());
                int when = block.indexOf("when");
                Matcher v = VALID.matcher(when < 0 ? block : block.substring(0, when));
                java.util.Optional<java.time.LocalDate> from = java.util.Optional.empty();
                java.util.Optional<java.time.LocalDate> to = java.util.Optional.empty();
                try {
                    while (v.find()) {
                        java.time.LocalDate d = java.time.LocalDate.parse(v.group(2));
                        if (v.group(1).equals("validFrom")) {
                            from = java.util.Optional.of(d);
                        } else {
                            to = java.util.Optional.of(d);
                        }
                    }
                    out.putIfAbsent(names.get(i), new Validity(from, to));
                } catch (RuntimeException e) {
                    out.putIfAbsent(names.get(i), Validity.ALWAYS);
                }
            }
        });
        return out;
    }

    /** Each rule's condition (its {@code when} part), comments dropped and spaces collapsed. */
    static Map<String, String> conditions(SortedMap<String, String> drl) {
        Map<String, String> out = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            String plain = text.replaceAll("(?s)/\\*.*?\\*/", " ").replaceAll("//[^\\n]*", " ");
            Matcher r = RULE.matcher(plain);
            List<int[]> starts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            while (r.find()) {
                starts.add(new int[] {r.start()});
                names.add(r.group(1));
            }
            for (int i = 0; i < names.size(); i++) {
                int from = starts.get(i)[0];
                int to = i + 1 < names.size() ? starts.get(i + 1)[0] : plain.length();
                Matcher w = WHEN.matcher(plain.substring(from, to));
                if (w.find()) {
                    out.putIfAbsent(names.get(i), w.group(1).replaceAll("\\s+", " ").strip());
                }
            }
        });
        return out;
    }

    /** Rules with the same condition word for word: copies whose condition was not changed. */
    private static List<PackProblem> sameConditions(Map<String, String> conditions, Map<String, String[]> places,
                                                    PackArgument arg, java.util.function.Predicate<List<String>> together) {
        Map<String, List<String>> byCondition = new LinkedHashMap<>();
        conditions.forEach((rule, when) -> byCondition.computeIfAbsent(when, k -> new ArrayList<>()).add(rule));
        List<PackProblem> out = new ArrayList<>();
        for (List<String> rules : byCondition.values()) {
            if (rules.size() < 2 || !together.test(rules)) {
                continue;
            }
            rules.sort(java.util.Comparator.comparing(r -> !arg.own(places.getOrDefault(r, NOWHERE)[0])));
            String[] at = places.getOrDefault(rules.get(0), NOWHERE);
            String others = String.join(", ", rules.subList(1, rules.size()).stream()
                    .map(r -> "\"" + r + "\"" + where(places.get(r), arg)).toList());
            out.add(PackProblem.warning(at[0], Integer.parseInt(at[1]), 1, "rule \"" + rules.get(0)
                    + "\" has the same condition as " + others
                    + ": both fire on the same records (a copied rule whose condition was not changed?)"));
        }
        return out;
    }

    private static final Pattern COMPLEX = Pattern.compile("\\b(not|exists|forall|accumulate|collect|from|or|eval)\\b");
    private static final Pattern PATTERN = Pattern.compile("(?:(\\$?\\w+)\\s*:\\s*)?([\\w.]+)\\s*\\(");

    /**
     * Rules whose condition is another's with more constraints (the same patterns, each with at
     * least the other's constraints): whenever the narrower fires, the wider fires too. Only plain
     * conditions are compared (no not, exists, accumulate, from, or, eval).
     */
    private static List<PackProblem> narrower(Map<String, String> conditions, Map<String, String[]> places,
                                              PackArgument arg, java.util.function.Predicate<List<String>> together) {
        Map<String, Map<String, Set<String>>> parsed = new LinkedHashMap<>();
        conditions.forEach((rule, when) -> {
            Map<String, Set<String>> patterns = patterns(when);
            if (patterns != null && !patterns.isEmpty()) {
                parsed.put(rule, patterns);
            }
        });
        List<PackProblem> out = new ArrayList<>();
        parsed.forEach((narrow, a) -> parsed.forEach((wide, b) -> {
            if (!narrow.equals(wide) && !conditions.get(narrow).equals(conditions.get(wide)) && contains(a, b)
                    && together.test(List.of(narrow, wide))
                    && (arg.own(places.getOrDefault(narrow, NOWHERE)[0]) || arg.own(places.getOrDefault(wide, NOWHERE)[0]))) {
                String[] at = places.getOrDefault(narrow, NOWHERE);
                out.add(PackProblem.warning(at[0], Integer.parseInt(at[1]), 1, "rule \"" + narrow + "\" is subsumed by \""
                        + wide + "\"" + where(places.get(wide), arg) + ": its condition is the other's with more "
                        + "constraints, so whenever it fires the other fires too"));
            }
        }));
        return out;
    }

    /** Whether every pattern of {@code wide} is in {@code narrow} with no more constraints. */
    private static boolean contains(Map<String, Set<String>> narrow, Map<String, Set<String>> wide) {
        for (Map.Entry<String, Set<String>> w : wide.entrySet()) {
            Set<String> n = narrow.get(w.getKey());
            if (n == null || !n.containsAll(w.getValue())) {
                return false;
            }
        }
        return true;
    }

    /** A plain condition's patterns (binding and type) with their constraints; null if not plain. */
    private static Map<String, Set<String>> patterns(String when) {
        String code = when.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"");
        if (COMPLEX.matcher(code).find()) {
            return null;
        }
        Map<String, Set<String>> out = new LinkedHashMap<>();
        Matcher m = PATTERN.matcher(when);
        int from = 0;
        while (m.find(from)) {
            int depth = 0;
            int end = m.end() - 1;
            for (; end < when.length(); end++) {
                char c = when.charAt(end);
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                if (depth == 0) {
                    break;
                }
            }
            String inside = when.substring(m.end(), Math.min(end, when.length()));
            Set<String> constraints = new java.util.TreeSet<>();
            for (String c : topLevel(inside)) {
                if (!c.isBlank()) {
                    constraints.add(c.replaceAll("\\s+", ""));
                }
            }
            String key = (m.group(1) == null ? "" : m.group(1)) + ":" + m.group(2);
            if (out.put(key, constraints) != null) {
                return null;
            }
            from = Math.min(end + 1, when.length());
        }
        return out;
    }

    private static List<String> topLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** The rules a message is about, in a stable order. */
    private static List<String> rules(VerifierMessageBase m) {
        Set<String> names = new java.util.TreeSet<>();
        if (m.getImpactedRules() != null && !m.getImpactedRules().isEmpty()) {
            names.addAll(m.getImpactedRules().values());
            return new ArrayList<>(names);
        }
        List<Object> texts = new ArrayList<>();
        texts.add(m.getMessage());
        texts.add(String.valueOf(m.getFaulty()));
        if (m.getCauses() != null) {
            texts.addAll(m.getCauses());
        }
        for (Object t : texts) {
            Matcher n = NAMED.matcher(String.valueOf(t));
            while (n.find()) {
                names.add(n.group(1) != null ? n.group(1) : n.group(2));
            }
        }
        return new ArrayList<>(names);
    }

    private static String where(String[] place, PackArgument arg) {
        return place == null ? "" : " (" + arg.display(place[0]) + ":" + place[1] + ")";
    }
}
