package org.dangjian.cli;

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
import org.drools.verifier.Verifier;
import org.drools.verifier.builder.VerifierBuilderFactory;
import org.drools.verifier.report.components.MessageType;
import org.drools.verifier.report.components.Severity;
import org.drools.verifier.report.components.VerifierMessageBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.io.ResourceFactory;

/**
 * Redundant, subsumed and equivalent rules, found by drools-verifier (冗余规则检查): a rule that
 * another makes pointless, most often a copy whose condition was left unchanged. Reported as
 * warnings at the rule's {@code file:line}; the pack still works.
 */
final class RedundancyCheck {

    private static final Set<MessageType> REPORTED = Set.of(MessageType.REDUNDANCY, MessageType.SUBSUMPTION,
            MessageType.EQUIVALANCE);
    private static final Pattern RULE = Pattern.compile("(?m)^[ \\t]*rule\\s+\"([^\"]+)\"");
    private static final Pattern NAMED = Pattern.compile("[Rr]ule ?\\[([^\\]]+)]|[Rr]ule '([^']+)'");

    private static final String[] NOWHERE = {"rules", "0"};

    private RedundancyCheck() {
    }

    /**
     * Warnings for the DRL of a pack (file to text), each placed at a rule of the officer's own
     * files where there is one; the other rules are named with their files as shown to the officer.
     */
    static List<PackProblem> check(SortedMap<String, String> drl, PackArgument arg) {
        Map<String, String[]> places = new LinkedHashMap<>();
        drl.forEach((file, text) -> {
            Matcher m = RULE.matcher(text);
            while (m.find()) {
                int line = (int) text.substring(0, m.start()).chars().filter(c -> c == '\n').count() + 1;
                places.putIfAbsent(m.group(1), new String[] {file, String.valueOf(line)});
            }
        });
        Verifier verifier = VerifierBuilderFactory.newVerifierBuilder().newVerifier();
        List<PackProblem> out = new ArrayList<>();
        try {
            drl.forEach((file, text) -> verifier.addResourcesToVerify(ResourceFactory
                    .newByteArrayResource(text.getBytes(StandardCharsets.UTF_8)).setSourcePath(file), ResourceType.DRL));
            if (verifier.hasErrors()) {
                return out; // the engine's own compilation reports what is wrong with the DRL
            }
            verifier.fireAnalysis();
            Set<String> seen = new LinkedHashSet<>();
            for (Severity s : Severity.values()) {
                for (VerifierMessageBase m : verifier.getResult().getBySeverity(s)) {
                    if (!REPORTED.contains(m.getMessageType())) {
                        continue;
                    }
                    List<String> rules = rules(m);
                    if (rules.isEmpty() || !seen.add(String.join("|", rules.stream().sorted().toList()))) {
                        continue;
                    }
                    rules.sort(java.util.Comparator.comparing(r -> !arg.own(places.getOrDefault(r, NOWHERE)[0])));
                    String[] at = places.getOrDefault(rules.get(0), NOWHERE);
                    String others = String.join(", ", rules.subList(1, rules.size()).stream()
                            .map(r -> "\"" + r + "\"" + where(places.get(r), arg)).toList());
                    out.add(PackProblem.warning(at[0], Integer.parseInt(at[1]), 1, "rule \"" + rules.get(0) + "\" is "
                            + kind(m.getMessageType()) + (others.isEmpty() ? "" : " " + others)
                            + ": both fire on the same records (a copied rule whose condition was not changed?)"));
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

    /** The rules a message is about, in a stable order. */
    private static List<String> rules(VerifierMessageBase m) {
        Set<String> names = new java.util.TreeSet<>();
        if (m.getImpactedRules() != null) {
            names.addAll(m.getImpactedRules().values());
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

    private static String kind(MessageType t) {
        if (t == MessageType.SUBSUMPTION) {
            return "subsumed by";
        }
        return t == MessageType.REDUNDANCY ? "redundant with" : "equivalent to";
    }

    private static String where(String[] place, PackArgument arg) {
        return place == null ? "" : " (" + arg.display(place[0]) + ":" + place[1] + ")";
    }
}
