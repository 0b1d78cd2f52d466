package org.dangjian.rules.internal;

import org.dangjian.rules.PackProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The checked classes of the DRL compiled last in this JVM, by the DRL's digest: the executable
 * model spends seconds in the Java compiler, and an embedding system, a live audit's reloads and
 * the test suite compile the same packs again and again. Only checked bytes are kept; each
 * KieBase still gets classes of its own ({@link PackBuild#kieBase}). Across processes, local
 * packs are kept by {@link DiskCache} when it is on.
 */
final class CompileCache {

    private static final int SIZE = 8;
    private static final Map<String, PackBuild.Compiled> CACHE = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PackBuild.Compiled> eldest) {
            return size() > SIZE;
        }
    };

    /** The problems of DRL refused lately (lint, then the audit, compile the same pack). */
    private static final Map<String, List<PackProblem>> REFUSED = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, List<PackProblem>> eldest) {
            return size() > SIZE;
        }
    };

    /** KieBases by the digest of all of a pack's DRL; a KieBase is thread-safe and shared by its sessions. */
    private static final Map<String, org.drools.kiesession.rulebase.InternalKnowledgeBase> KIE_BASES =
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, org.drools.kiesession.rulebase.InternalKnowledgeBase> e) {
                    return size() > SIZE;
                }
            };

    private CompileCache() {
    }

    /**
     * The KieBase of {@code parts} compiled from {@code drl}: built once per JVM for the same DRL
     * (a live audit that reloads a pack whose thresholds changed builds no new one).
     */
    static org.drools.kiesession.rulebase.InternalKnowledgeBase kieBase(Map<String, String> drl, List<PackBuild.Compiled> parts,
                                                                        org.kie.api.KieBaseConfiguration conf) {
        String key = digest(drl);
        synchronized (KIE_BASES) {
            return KIE_BASES.computeIfAbsent(key, k -> PackBuild.kieBase(parts, conf));
        }
    }

    /**
     * The DRL of a pack compiled group by group: the pack's own files, and those of each pack added
     * to it ({@code packs/NAME/}), so that the built-in pack is compiled once per JVM whatever is
     * added to it. Null when there are problems (added to {@code problems}).
     */
    static List<PackBuild.Compiled> compileGroups(Map<String, String> drl, List<PackProblem> problems) {
        Map<String, Map<String, String>> groups = new java.util.TreeMap<>();
        drl.forEach((path, text) -> {
            String group = path.startsWith("packs/") && path.indexOf('/', 6) > 0 ? path.substring(0, path.indexOf('/', 6)) : "";
            groups.computeIfAbsent(group, g -> new java.util.TreeMap<>()).put(path, text);
        });
        List<PackBuild.Compiled> out = new java.util.ArrayList<>();
        for (Map<String, String> group : groups.values()) {
            List<PackProblem> mine = new java.util.ArrayList<>();
            PackBuild.Compiled c = compile(group, mine);
            problems.addAll(mine);
            if (c != null) {
                out.add(c);
            }
        }
        return problems.isEmpty() ? out : null;
    }

    /** {@link PackBuild#compile}, or its earlier result for the same DRL. */
    static PackBuild.Compiled compile(Map<String, String> drl, List<PackProblem> problems) {
        String key = digest(drl);
        synchronized (CACHE) {
            PackBuild.Compiled hit = CACHE.get(key);
            List<PackProblem> refused = REFUSED.get(key);
            if (refused != null) {
                problems.addAll(refused);
                return null;
            }
            if (hit != null) {
                return hit;
            }
        }
        ModelArchive.Stored stored = BuiltInModel.forDigest(key);
        PackBuild.Compiled built = stored != null
                ? PackBuild.checked(drl, stored.classes(), stored.models(), problems)
                : DiskCache.compile(drl, key, problems);
        synchronized (CACHE) {
            if (built != null) {
                CACHE.put(key, built);
            } else {
                REFUSED.put(key, List.copyOf(problems));
            }
        }
        return built;
    }

    /** Forgets every compiled pack, as a new process would: tests of the on-disk cache. */
    static void clear() {
        synchronized (CACHE) {
            CACHE.clear();
            REFUSED.clear();
        }
        synchronized (KIE_BASES) {
            KIE_BASES.clear();
        }
    }

    static String digest(Map<String, String> drl) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            new java.util.TreeMap<>(drl).forEach((path, text) -> {
                md.update(path.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(text.getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            });
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
