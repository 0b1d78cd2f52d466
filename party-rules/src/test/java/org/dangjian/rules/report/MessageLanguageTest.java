package org.dangjian.rules.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.model.Dataset;
import org.dangjian.rules.AuditOptions;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Language;
import org.dangjian.rules.RuleInfo;
import org.dangjian.rules.RulePack;
import org.dangjian.rules.authoring.Scenario;
import org.dangjian.rules.authoring.ScenarioReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every rule of the built-in pack, firing and as mid-year progress, says its message in each
 * language as an organization department writes it: a Chinese message has no Latin letter outside
 * the names and codes a user typed, the documents' titles and the words quoted from them; an
 * English one no Chinese outside those; no share is written as a fraction beside a percentage; and
 * every number carries its unit. The findings are those of the pack's own scenarios
 * ({@code tests/*.json} of each catalog area), which show every rule firing, audited again with {@code asOf} moved to
 * 30 November of their year for the progress findings of yearly requirements.
 */
class MessageLanguageTest {

    private static final Map<Language, List<Finding>> FIRING = new TreeMap<>();
    private static final Map<Language, List<Finding>> PROGRESS = new TreeMap<>();
    private static List<String> ruleIds;

    @BeforeAll
    static void audit() throws Exception {
        ComplianceEngine engine = ComplianceEngine.builtIn();
        ruleIds = engine.rules().stream().map(RuleInfo::id).distinct().sorted().toList();
        List<Scenario> scenarios = ScenarioReader.read(engine, RulePack.builtIn().files(), "");
        for (Language lang : Language.values()) {
            List<Finding> firing = new ArrayList<>();
            List<Finding> progress = new ArrayList<>();
            for (Scenario s : scenarios) {
                AuditOptions options = AuditOptions.DEFAULTS.withLanguage(lang).withParameters(s.parameters());
                firing.addAll(engine.audit(s.dataset(), options).findings());
                Dataset d = s.dataset();
                Dataset midYear = d.toBuilder().asOf(d.asOf().withMonth(11).withDayOfMonth(30)).build();
                engine.audit(midYear, options).findings().stream().filter(Finding::progress).forEach(progress::add);
            }
            FIRING.put(lang, firing);
            PROGRESS.put(lang, progress);
        }
    }

    @Test
    void everyRuleIsRenderedFiringAndEveryYearlyRuleAsProgress() {
        for (Language lang : Language.values()) {
            Set<String> fired = ids(FIRING.get(lang));
            assertEquals(ruleIds, List.copyOf(fired), lang + ": rules whose message no scenario renders");
            Set<String> yearly = new TreeSet<>();
            FIRING.get(lang).stream().filter(f -> f.period().filter(p -> p.matches("\\d{4}")).isPresent())
                    .forEach(f -> yearly.add(f.ruleId()));
            Set<String> missing = new TreeSet<>(yearly);
            missing.removeAll(ids(PROGRESS.get(lang)));
            assertEquals(Set.of(), missing, lang + ": yearly rules with no progress message");
        }
    }

    @Test
    void chineseMessagesHaveNoLatinLettersFractionsOrBareNumbers() {
        List<String> bad = new ArrayList<>();
        for (Finding f : all(Language.ZH)) {
            String text = spoken(f, f.message());
            check(f, text, LATIN, "Latin letters", bad);
            checkFractions(f, bad);
            checkUnits(f, text, ZH_UNIT, bad);
            String clause = spoken(f, f.clause());
            check(f, clause, LATIN, "Latin letters in the citation", bad);
        }
        assertEquals(List.of(), bad.stream().distinct().limit(40).toList());
    }

    @Test
    void englishMessagesHaveNoChineseFractionsOrBareNumbers() {
        List<String> bad = new ArrayList<>();
        for (Finding f : all(Language.EN)) {
            String text = spoken(f, f.message());
            check(f, text, HAN, "Chinese", bad);
            checkFractions(f, bad);
            checkUnits(f, text, EN_UNIT, bad);
        }
        assertEquals(List.of(), bad.stream().distinct().limit(40).toList());
    }

    @Test
    void theCheckerCatchesWhatItMustCatch() {
        // The checks themselves fail on the faults they look for, so a pass above means something.
        List<String> bad = new ArrayList<>();
        Finding f = new Finding("X-1", org.dangjian.rules.Severity.LOW, org.dangjian.rules.SubjectType.PERSON, "p1",
                "张三", "o1", Optional.empty(), Optional.of(0.875), Optional.of(">= 90%"),
                "张三：党员参加培训比例ratio，实际0.875，要求>= 90%。", "", new TreeMap<>(), false);
        String text = spoken(f, f.message());
        check(f, text, LATIN, "Latin letters", bad);
        checkFractions(f, bad);
        checkUnits(f, text, ZH_UNIT, bad);
        assertEquals(3, bad.size(), String.join("\n", bad));
        List<String> good = new ArrayList<>();
        Finding ok = f.withMessage("张三（2020年5—6月）：培训不足56学时，实际87.5%，要求3至7人，2020年9月1日，应为0天。");
        checkUnits(ok, spoken(ok, ok.message()), ZH_UNIT, good);
        check(ok, spoken(ok, ok.message()), LATIN, "Latin letters", good);
        assertTrue(good.isEmpty(), String.join("\n", good));
    }

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]+");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\d.])\\d+(?:\\.\\d+)?");
    private static final Pattern FRACTION = Pattern.compile("(?<![\\d.])0\\.\\d+(?![\\d%])");
    /** What may follow a number in Chinese: a unit, a date's parts, a range's 至 or a period's —. */
    private static final Pattern ZH_UNIT = Pattern.compile(
            "(学时|个月|天|人|元|年|岁|平方米|次|个|件|户|项|星|月|日|%|条|章|至\\d|—\\d)");
    /** What may follow a number in English: a unit word, a month or year of a date or period. */
    private static final Pattern EN_UNIT = Pattern.compile(
            " (hours?|months?|days?|people|person|yuan|years?( of age)?|m²|times?|cases?|households?|items?|stars?"
                    + "|January|February|March|April|May|June|July|August|September|October|November|December)(?![A-Za-z])"
                    + "|%| to \\d");

    private static Set<String> ids(List<Finding> findings) {
        Set<String> out = new TreeSet<>();
        findings.forEach(f -> out.add(f.ruleId()));
        return out;
    }

    private static List<Finding> all(Language lang) {
        List<Finding> out = new ArrayList<>(FIRING.get(lang));
        out.addAll(PROGRESS.get(lang));
        return out;
    }

    /**
     * The words the report itself says: without what a user typed (the subject's name and id),
     * the titles of documents (《…》) and the words quoted from them (“…”).
     */
    private static String spoken(Finding f, String text) {
        String s = text;
        if (!f.subjectName().isEmpty()) {
            s = s.replace(f.subjectName(), "·");
        }
        s = s.replace(f.subjectId(), "·");
        s = s.replaceAll("《[^》]*》", "·");
        String before;
        do {
            before = s;
            s = s.replaceAll("“[^“”]*”", "·");
        } while (!s.equals(before));
        return s;
    }

    private static void check(Finding f, String text, Pattern forbidden, String what, List<String> bad) {
        Matcher m = forbidden.matcher(text);
        if (m.find()) {
            bad.add(f.ruleId() + ": " + what + " '" + m.group() + "' in: " + text);
        }
    }

    private static void checkFractions(Finding f, List<String> bad) {
        if (f.message().contains("%") && FRACTION.matcher(f.message()).find()) {
            bad.add(f.ruleId() + ": a fraction beside a percentage in: " + f.message());
        }
    }

    private static void checkUnits(Finding f, String text, Pattern unit, List<String> bad) {
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String after = text.substring(m.end());
            Matcher u = unit.matcher(after);
            String before = text.substring(0, m.start());
            // In English a year stands alone (Q3 2020), and a code or article carries its number (Q3, month 7, Art. 12).
            boolean english = unit == EN_UNIT;
            boolean year = english && m.group().matches("(19|20)\\d\\d");
            boolean code = english && (before.matches("(?s).*([A-Za-z]|month |Art\\. |ch\\. )$"));
            if (!(u.lookingAt() || year || code)) {
                bad.add(f.ruleId() + ": the number " + m.group() + " has no unit in: " + text);
                return;
            }
        }
    }
}
